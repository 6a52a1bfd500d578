import { rememberSite } from './last-site';
import { ssoStartUrl } from './sso';

type SsoSignInOptionProps = {
  site: string;
  required: boolean;
  /** The page the person was sent to sign in from; the server comes back there afterwards. */
  returnTo?: string | undefined;
};

/**
 * "Sign in with single sign-on" for a site that offers it: a plain link, so the browser itself
 * goes to the identity provider and back. When SSO is required it is the way in, and the password
 * fields below are explained as administrators' emergency access.
 */
export function SsoSignInOption({ site, required, returnTo }: SsoSignInOptionProps) {
  const slug = site.trim().toLowerCase();
  return (
    <div className="sso-option">
      <a
        className="button button--primary button--block"
        href={ssoStartUrl(slug, { returnTo })}
        onClick={() => {
          rememberSite(slug);
        }}
      >
        Sign in with single sign-on
      </a>
      <p className="field__hint sso-option__note" id="sso-option-note">
        {required
          ? 'This site requires single sign-on through your organisation’s account. The password ' +
            'fields below are only for administrators’ emergency access, when single sign-on is ' +
            'not working.'
          : 'Or sign in with your email and password below.'}
      </p>
    </div>
  );
}
