import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../../components/ExportButton';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useCan, useViewer } from '../auth/viewer-context';
import { DeactivatePersonDialog } from './DeactivatePersonDialog';
import { EditPersonDialog } from './EditPersonDialog';
import { ErasePersonDialog } from './ErasePersonDialog';
import { InvitePersonDialog } from './InvitePersonDialog';
import { NoPeople } from './NoPeople';
import { peopleQuery, peopleRatesQuery } from './operations';
import { PeopleSearch } from './PeopleSearch';
import { PeopleTable, type Person } from './PeopleTable';
import type { PeopleAbilities } from './PersonActions';
import type { RateAccess } from './PersonRate';

const PAGE_SIZE = 25;

type Notice = { message: string; ok: boolean };
/** The open dialog, if any, and whom it is about. */
type Open = { kind: 'invite' } | { kind: 'edit' | 'deactivate' | 'erase'; person: Person } | null;

export function PeoplePage() {
  const viewer = useViewer();
  const abilities: PeopleAbilities = {
    exportData: useCan('user.exportData'),
    update: useCan('user.update'),
    invite: useCan('user.create'),
    deactivate: useCan('user.deactivate'),
    erase: useCan('user.erase'),
  };
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(peopleQuery, {
    variables: {
      first: PAGE_SIZE,
      search: search || null,
      withSessions: abilities.deactivate,
    },
    // Show what is cached at once, and always ask the server again: access may have changed.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const users = (data ?? previousData)?.users;
  const ratesResult = useQuery(peopleRatesQuery, { fetchPolicy: 'cache-and-network' });
  const rates: RateAccess = {
    exposed: ratesResult.data?.viewer.exposure.some(
      f => f.field === 'User.hourlyRate' && f.exposed,
    ),
    viewerId: viewer.user.id,
    currency: ratesResult.data?.viewer.site.currency,
  };

  function loadMore() {
    if (!users?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: users.pageInfo.endCursor } });
  }

  function openDialog(next: Open) {
    setNotice(null);
    setOpen(next);
  }

  function closeWith(message: string, ok = true) {
    setOpen(null);
    setNotice({ message, ok });
  }

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone who can sign in to this site."
        actions={
          <>
            <ExportButton resource="users" filters={{ search }} />
            {abilities.invite ? (
              <button
                className="button button--primary"
                type="button"
                onClick={() => {
                  openDialog({ kind: 'invite' });
                }}
              >
                Invite person
              </button>
            ) : null}
          </>
        }
      />
      <section className="card" aria-labelledby="people-list-title">
        <h2 className="visually-hidden" id="people-list-title">
          People of the site
        </h2>
        <PeopleSearch value={searchText} onChange={setSearchText} />
        {notice ? (
          <p
            className={notice.ok ? 'alert alert--success' : 'alert alert--error'}
            role={notice.ok ? 'status' : 'alert'}
          >
            {notice.message}
          </p>
        ) : null}
        {error ? (
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        ) : !users ? (
          <LoadingState label="Loading people…" />
        ) : users.nodes.length === 0 ? (
          <NoPeople search={search} />
        ) : (
          <>
            <p className="muted" role="status">
              Showing {users.nodes.length} of {users.totalCount}{' '}
              {users.totalCount === 1 ? 'person' : 'people'}
            </p>
            <PeopleTable
              people={users.nodes}
              abilities={abilities}
              viewerId={viewer.user.id}
              rates={rates}
              onEdit={person => {
                openDialog({ kind: 'edit', person });
              }}
              onDeactivate={person => {
                openDialog({ kind: 'deactivate', person });
              }}
              onErase={person => {
                openDialog({ kind: 'erase', person });
              }}
              onDone={(message, ok) => {
                setNotice({ message, ok });
              }}
            />
            {users.pageInfo.hasNextPage ? <LoadMore loading={loading} onClick={loadMore} /> : null}
          </>
        )}
      </section>
      {open?.kind === 'invite' ? (
        <InvitePersonDialog
          onClose={() => {
            setOpen(null);
          }}
          onInvited={outcome => {
            closeWith(outcome.message, outcome.ok);
          }}
        />
      ) : null}
      {open?.kind === 'edit' ? (
        <EditPersonDialog
          person={open.person}
          rates={rates}
          onClose={() => {
            setOpen(null);
          }}
          onSaved={name => {
            closeWith(`Saved the changes to ${name}.`);
          }}
        />
      ) : null}
      {open?.kind === 'deactivate' ? (
        <DeactivatePersonDialog
          person={open.person}
          onClose={() => {
            setOpen(null);
          }}
          onDeactivated={name => {
            closeWith(
              `Deactivated ${name}: their sessions have ended and they can no longer sign in.`,
            );
          }}
        />
      ) : null}
      {open?.kind === 'erase' ? (
        <ErasePersonDialog
          person={open.person}
          onClose={() => {
            setOpen(null);
          }}
          onErased={name => {
            closeWith(
              `Erased the personal data of ${name}. Their time stays, listed under “Erased person”.`,
            );
          }}
        />
      ) : null}
    </>
  );
}
