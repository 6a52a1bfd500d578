import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import type { ServiceTokenFieldsFragment } from '../../gql/graphql';
import { NewTokenDialog } from './NewTokenDialog';
import { TokensTable } from './TokensTable';
import { useServiceTokenRevoke } from './useServiceTokenRevoke';

type TokensSectionProps = {
  service: { id: string; name: string; tokens: readonly ServiceTokenFieldsFragment[] };
  canManage: boolean;
};

/** The service's tokens: issue one (its secret shown once), revoke one (after confirming). */
export function TokensSection({ service, canManage }: TokensSectionProps) {
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState<ServiceTokenFieldsFragment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { revoke, revoking: busy } = useServiceTokenRevoke();

  async function confirmRevoke(token: ServiceTokenFieldsFragment) {
    setProblem(null);
    const failed = await revoke(token.id);
    if (failed) {
      setProblem(failed);
      return;
    }
    setRevoking(null);
    setNotice(`Revoked ${token.name}: requests with it now get UNAUTHENTICATED.`);
  }

  return (
    <section className="card" aria-labelledby="service-tokens-title">
      <div className="card__header">
        <h2 id="service-tokens-title">Tokens</h2>
        {canManage ? (
          <button
            className="button button--primary"
            type="button"
            onClick={() => {
              setNotice(null);
              setIssuing(true);
            }}
          >
            New token
          </button>
        ) : null}
      </div>
      <div role="status">{notice ? <p className="alert alert--success">{notice}</p> : null}</div>
      {service.tokens.length === 0 ? (
        <EmptyState title="No tokens yet.">
          <p>The service needs a token to call the API. Issue one for each place it runs.</p>
        </EmptyState>
      ) : (
        <TokensTable
          tokens={service.tokens}
          canManage={canManage}
          onRevoke={token => {
            setProblem(null);
            setNotice(null);
            setRevoking(token);
          }}
        />
      )}
      {issuing ? (
        <NewTokenDialog
          service={service}
          onClose={() => {
            setIssuing(false);
          }}
        />
      ) : null}
      {revoking ? (
        <ConfirmDialog
          title={`Revoke ${revoking.name}?`}
          confirmLabel="Revoke token"
          busyLabel="Revoking…"
          busy={busy}
          problem={problem}
          danger
          onConfirm={() => void confirmRevoke(revoking)}
          onCancel={() => {
            setRevoking(null);
          }}
        >
          <p>
            The token <code>{revoking.prefix}…</code> stops working at once: whatever uses it gets
            UNAUTHENTICATED from its next request. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
