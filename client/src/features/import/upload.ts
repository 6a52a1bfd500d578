/** The most an import reads; the server says the same (413) but this saves sending it. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type Uploaded = { id: string; fileName: string; bytes: number };

export class UploadError extends Error {
  override name = 'UploadError';
}

const TOO_LARGE =
  'The file is larger than 5 MB, the most an import reads. Split it into smaller files.';

/** Sends the file's bytes to POST /import/files; the answer's id goes to the GraphQL dry run. */
export async function uploadImportFile(file: File): Promise<Uploaded> {
  if (file.size > MAX_UPLOAD_BYTES) throw new UploadError(TOO_LARGE);
  let res: Response;
  try {
    res = await fetch(`/import/files?${new URLSearchParams({ name: file.name }).toString()}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'text/csv' },
      body: file,
    });
  } catch {
    throw new UploadError('Horae could not be reached. Check your connection and try again.');
  }
  const body = (await res.json().catch(() => null)) as {
    upload?: Uploaded;
    errors?: { message?: string }[];
  } | null;
  if (res.ok && body?.upload) return body.upload;
  if (res.status === 413) throw new UploadError(TOO_LARGE);
  throw new UploadError(
    body?.errors?.[0]?.message ?? 'The upload failed on our side. Try again in a moment.',
  );
}
