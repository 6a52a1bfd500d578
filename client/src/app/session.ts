/** What the sign-in page may be told when it is shown. Carried in the router's location state. */
export type SignInState = {
  /** Why the user was sent here, e.g. the server's "Your session has expired…" message. */
  notice?: string;
  /** Shown politely after signing out. */
  signedOut?: boolean;
  /** Where to go back to after signing in. */
  from?: string;
};

export const SIGN_IN_PATH = '/sign-in';

export function readSignInState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return {};
  const { notice, signedOut, from } = state as Record<string, unknown>;
  return {
    ...(typeof notice === 'string' ? { notice } : {}),
    ...(signedOut === true ? { signedOut } : {}),
    ...(typeof from === 'string' && isSafeReturnPath(from) ? { from } : {}),
  };
}

/** Only paths inside this app, never another origin ("//evil.example"). */
export function isSafeReturnPath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//') && !path.startsWith(SIGN_IN_PATH);
}
