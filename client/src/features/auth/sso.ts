/**
 * Where the browser leaves for the site's identity provider (a plain navigation, not fetch).
 * The server comes back to `returnTo` (a path in Horae); `reauth` confirms the signed-in person
 * again for a sensitive change instead of signing in.
 */
export function ssoStartUrl(
  site: string,
  options: { returnTo?: string | undefined; reauth?: boolean } = {},
): string {
  const query = new URLSearchParams({ site });
  if (options.reauth) query.set('reauth', '1');
  if (options.returnTo && options.returnTo !== '/') query.set('returnTo', options.returnTo);
  return `/auth/sso/start?${query.toString()}`;
}

/** The codes the server's /auth/sso/callback sends back to the sign-in page (`sso_error`). */
const SSO_ERRORS: Record<string, string> = {
  SSO_NOT_AVAILABLE:
    'This site does not offer single sign-on. Check the site name, or sign in with your email and password.',
  SSO_IDP_UNREACHABLE:
    'Horae could not reach your organisation’s identity provider. Try again in a moment; if it keeps happening, tell an administrator of your site.',
  SSO_STATE_INVALID:
    'That single sign-on attempt has expired, was already used, or was started in another browser. Start again with “Sign in with single sign-on”.',
  SSO_CANCELLED:
    'Single sign-on was cancelled at your identity provider. Start again when you are ready.',
  SSO_FAILED:
    'Single sign-on did not work: Horae could not confirm the answer of your identity provider. Try again; if it keeps happening, tell an administrator of your site.',
  SSO_NO_EMAIL:
    'Your identity provider did not tell Horae your email address, so Horae cannot tell who you are. Ask an administrator of your site.',
  SSO_EMAIL_UNVERIFIED:
    'Your identity provider does not confirm that your email address is verified, so Horae cannot sign you in with it. Ask your IT department or an administrator of your site.',
  SSO_UNKNOWN_USER:
    'There is no account on this site for the email address your identity provider gave. Ask an administrator of your site to invite you.',
  SSO_DEACTIVATED: 'This account has been deactivated. Ask an administrator of your site.',
  SSO_NOT_RECENT:
    'Your identity provider did not ask you to sign in again, so Horae could not confirm it’s you. Try again; if it keeps happening, tell an administrator of your site.',
  SSO_REAUTH_OTHER_PERSON:
    'Single sign-on confirmed a different person than the one signed in to Horae in this browser, so nothing was confirmed. You are still signed in as before: go back and confirm with your own account, or sign out first to switch accounts.',
};

/** A sentence for an `sso_error` code; unknown codes still say that single sign-on failed. */
export function ssoErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return SSO_ERRORS[code] ?? 'Single sign-on did not work. Try again.';
}
