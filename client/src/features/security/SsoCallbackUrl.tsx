/** The redirect URI to register at the identity provider, ready to copy. */
export function SsoCallbackUrl({ url }: { url: string }) {
  return (
    <p className="sso-callback">
      <span className="field__label">Redirect URI to register at the identity provider</span>
      <code>{url}</code>
    </p>
  );
}
