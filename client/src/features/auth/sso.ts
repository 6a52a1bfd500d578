/** Where the browser leaves for the site's identity provider (a plain navigation, not fetch). */
export function ssoStartUrl(site: string): string {
  return `/auth/sso/start?${new URLSearchParams({ site }).toString()}`;
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
};

/** A sentence for an `sso_error` code; unknown codes still say that single sign-on failed. */
export function ssoErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return SSO_ERRORS[code] ?? 'Single sign-on did not work. Try again.';
}
