import { formatDateTime } from '../../components/dates';
import type { ServiceTokenFieldsFragment } from '../../gql/graphql';

type TokensTableProps = {
  tokens: readonly ServiceTokenFieldsFragment[];
  canManage: boolean;
  onRevoke: (token: ServiceTokenFieldsFragment) => void;
};

function TokenStatus({ token }: { token: ServiceTokenFieldsFragment }) {
  if (token.active) return <span className="badge badge--active">Active</span>;
  if (token.revokedAt) {
    return (
      <>
        <span className="badge badge--deactivated">Revoked</span>
        <span className="table__line table__sub muted">{formatDateTime(token.revokedAt)}</span>
      </>
    );
  }
  return <span className="badge">Expired</span>;
}

/** A service's tokens, newest first: never the secret, only its first characters. */
export function TokensTable({ tokens, canManage, onRevoke }: TokensTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Token</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            {canManage ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {tokens.map(token => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{formatDateTime(token.createdAt)}</td>
              <td>{token.expiresAt ? formatDateTime(token.expiresAt) : 'Never'}</td>
              <td>
                {token.lastUsedAt ? (
                  <>
                    <span className="table__line">{formatDateTime(token.lastUsedAt)}</span>
                    {token.lastUsedIp ? (
                      <span className="table__line table__sub muted">
                        from <code>{token.lastUsedIp}</code>
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="muted">Never</span>
                )}
              </td>
              <td>
                <TokenStatus token={token} />
              </td>
              {canManage ? (
                <td className="table__actions">
                  {token.revokedAt ? null : (
                    <button
                      className="button button--small button--danger-quiet"
                      type="button"
                      aria-label={`Revoke the token ${token.name}`}
                      onClick={() => {
                        onRevoke(token);
                      }}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
