/** A case-insensitive LIKE pattern matching `search` anywhere, with LIKE wildcards escaped. */
export function likePattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, m => `\\${m}`)}%`;
}
