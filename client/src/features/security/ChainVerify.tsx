import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import type { AuditChainVerifyQuery } from '../../gql/graphql';
import { auditChainVerifyQuery } from './operations';
import { plural } from './settings-labels';

type Verdict = AuditChainVerifyQuery['auditChainVerify'];
type Outcome = { kind: 'verdict'; verdict: Verdict } | { kind: 'error'; message: string };

/** Recomputes the site's hash chain on the server and says whether every event still holds. */
export function ChainVerify() {
  const client = useApolloClient();
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function verify() {
    setChecking(true);
    setOutcome(null);
    try {
      const { data } = await client.query({
        query: auditChainVerifyQuery,
        fetchPolicy: 'network-only',
      });
      setOutcome(
        data
          ? { kind: 'verdict', verdict: data.auditChainVerify }
          : { kind: 'error', message: 'The check did not answer. Try again.' },
      );
    } catch (error) {
      setOutcome({ kind: 'error', message: describeProblem(error).message });
    } finally {
      setChecking(false);
    }
  }

  return (
    <section className="card" aria-labelledby="chain-title">
      <div className="card__header">
        <h2 id="chain-title">Integrity</h2>
        <button className="button" type="button" disabled={checking} onClick={() => void verify()}>
          {checking ? 'Verifying…' : 'Verify chain'}
        </button>
      </div>
      <p className="muted">
        Every event carries a hash of itself and of the event before it, so an event that was
        changed or removed breaks the chain from there on.
      </p>
      <div role="status" className="chain-verdict">
        {outcome?.kind === 'verdict' && outcome.verdict.ok ? (
          <p className="alert alert--success">
            <strong>The chain is intact.</strong> {plural(outcome.verdict.events, 'event')} checked;
            each matches its hash and links to the one before.
          </p>
        ) : null}
        {outcome?.kind === 'verdict' && !outcome.verdict.ok ? (
          <div className="alert alert--error">
            <p>
              <strong>The chain is broken at event #{outcome.verdict.brokenSeq}</strong> of{' '}
              {plural(outcome.verdict.events, 'event')}:{' '}
              {outcome.verdict.reason ?? 'it does not hold'}.
            </p>
            <p>
              Event id <code>{outcome.verdict.brokenId}</code>. That event and the ones after it
              cannot be trusted; the earlier ones still can.
            </p>
          </div>
        ) : null}
        {outcome?.kind === 'error' ? <p className="alert alert--error">{outcome.message}</p> : null}
      </div>
    </section>
  );
}
