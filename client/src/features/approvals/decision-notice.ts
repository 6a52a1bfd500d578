/** Carried in the router's location state back to the inbox after a decision. */
export type DecisionNotice = { decided: string };

export function readDecisionNotice(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const { decided } = state as Record<string, unknown>;
  return typeof decided === 'string' ? decided : null;
}

export function reviewPath(userId: string, weekStart: string): string {
  return `/approvals/${encodeURIComponent(userId)}/${encodeURIComponent(weekStart)}`;
}
