import { Link } from 'react-router';
import { formatDateTime } from '../../components/dates';
import { CopyButton } from './CopyButton';
import { curlCommand, partnerExample } from './partner-examples';
import type { IssuedToken } from './useServiceTokenCreate';

/** The secret of a token just issued, once, with what to do with it. */
export function TokenSecret({ issued }: { issued: IssuedToken }) {
  const { secret, token } = issued;
  const curl = curlCommand(partnerExample('access'), {
    url: window.location.origin,
    token: secret,
  });
  return (
    <div className="token-secret">
      <p className="alert alert--warning" role="alert">
        <strong>Copy the token now: you will not see it again.</strong> Horae keeps only a hash of
        it. If it is lost, issue a new one and revoke this one.
      </p>
      <div className="field">
        <label className="field__label" htmlFor="token-secret">
          Token secret
        </label>
        <input
          className="field__input token-secret__value"
          id="token-secret"
          readOnly
          value={secret}
          spellCheck={false}
          onFocus={event => {
            event.target.select();
          }}
        />
      </div>
      <CopyButton text={secret} label="Copy token" className="button button--primary" />
      <p className="muted">
        {token.name} ·{' '}
        {token.expiresAt ? `expires ${formatDateTime(token.expiresAt)}` : 'never expires'}
      </p>
      <h3 className="token-secret__title">Try it</h3>
      <p>
        Send it as <code>Authorization: Bearer …</code>. This asks who the token belongs to and what
        it may do:
      </p>
      <pre className="code-block">
        <code>{curl}</code>
      </pre>
      <CopyButton text={curl} label="Copy the curl command" />
      <p>
        More examples, errors and quotas: <Link to="/partners">For partners</Link>.
      </p>
    </div>
  );
}
