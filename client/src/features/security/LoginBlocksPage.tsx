import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { describeProblem } from '../../app/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../components/dates';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { describeBlock, LoginBlocksTable, type LoginBlock } from './LoginBlocksTable';
import { loginBlockLiftMutation, loginBlocksQuery } from './operations';

/** Addresses and accounts refused after repeated failed sign-ins, with a way to lift each. */
export function LoginBlocksPage() {
  const canLift = useCan('site.update');
  const { data, error, loading, refetch } = useQuery(loginBlocksQuery, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [lift, lifting] = useMutation(loginBlockLiftMutation, {
    refetchQueries: ['LoginBlocks'],
    awaitRefetchQueries: true,
  });
  const [asking, setAsking] = useState<LoginBlock | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const blocks = data?.loginBlocks;

  // The lifted row and its button are gone: put focus on what happened instead of the page body.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  async function confirmLift(block: LoginBlock) {
    setProblem(null);
    try {
      const payload = (await lift({ variables: { id: block.id } })).data?.loginBlockLift;
      const [userError] = payload?.errors ?? [];
      if (userError || !payload?.block) {
        setProblem(userError?.message ?? 'Lifting the block did not work. Try again.');
        return;
      }
      setAsking(null);
      setNotice(`Lifted the block on ${describeBlock(block)}.`);
    } catch (caught) {
      setProblem(describeProblem(caught).message);
    }
  }

  return (
    <>
      <PageHeader
        title="Sign-in blocks"
        description="Addresses and accounts refused for a while after repeated failed sign-ins on this site. Blocks end by themselves; lift one to end it now."
        actions={
          <button
            className="button"
            type="button"
            disabled={loading}
            onClick={() => {
              setNotice(null);
              void refetch();
            }}
          >
            {loading && blocks ? 'Refreshing…' : 'Refresh'}
          </button>
        }
      />
      <section className="card" aria-labelledby="blocks-title">
        <h2 className="visually-hidden" id="blocks-title">
          Current blocks
        </h2>
        {notice ? (
          <p className="alert alert--success" role="status" tabIndex={-1} ref={noticeRef}>
            {notice}
          </p>
        ) : null}
        {error && !blocks ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !blocks ? (
          <LoadingState label="Loading blocks…" />
        ) : blocks.length === 0 ? (
          <EmptyState title="No one is blocked from signing in right now.">
            <p>
              Repeated failed sign-ins from one address, range or for one account put a temporary
              block here.
            </p>
          </EmptyState>
        ) : (
          <LoginBlocksTable
            blocks={blocks}
            onLift={
              canLift
                ? block => {
                    setProblem(null);
                    setAsking(block);
                  }
                : undefined
            }
          />
        )}
      </section>
      {asking ? (
        <ConfirmDialog
          title="Lift this block?"
          confirmLabel="Lift block"
          busyLabel="Lifting…"
          busy={lifting.loading}
          problem={problem}
          onConfirm={() => void confirmLift(asking)}
          onCancel={() => {
            setAsking(null);
          }}
        >
          <p>
            Sign-ins from {describeBlock(asking)} are allowed again at once instead of{' '}
            {formatDateTime(asking.blockedUntil)}. New failures can block it again. The lift is
            recorded in the audit log.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
