import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../../components/ExportButton';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useCan } from '../auth/viewer-context';
import { ErasePersonDialog } from './ErasePersonDialog';
import { NoPeople } from './NoPeople';
import { peopleQuery } from './operations';
import { PeopleSearch } from './PeopleSearch';
import { PeopleTable, type Person } from './PeopleTable';

const PAGE_SIZE = 25;

export function PeoplePage() {
  const canExportData = useCan('user.exportData');
  const canErase = useCan('user.erase');
  const [erasing, setErasing] = useState<Person | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(peopleQuery, {
    variables: { first: PAGE_SIZE, search: search || null },
    // Show what is cached at once, and always ask the server again: access may have changed.
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const users = (data ?? previousData)?.users;

  function loadMore() {
    if (!users?.pageInfo.endCursor) return;
    void fetchMore({ variables: { after: users.pageInfo.endCursor } });
  }

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone who can sign in to this site."
        actions={<ExportButton resource="users" filters={{ search }} />}
      />
      <section className="card" aria-labelledby="people-list-title">
        <h2 className="visually-hidden" id="people-list-title">
          People of the site
        </h2>
        <PeopleSearch value={searchText} onChange={setSearchText} />
        {notice ? (
          <p className="alert alert--success" role="status">
            {notice}
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
              canExportData={canExportData}
              canErase={canErase}
              onErase={person => {
                setNotice(null);
                setErasing(person);
              }}
            />
            {users.pageInfo.hasNextPage ? <LoadMore loading={loading} onClick={loadMore} /> : null}
          </>
        )}
      </section>
      {erasing ? (
        <ErasePersonDialog
          person={erasing}
          onClose={() => {
            setErasing(null);
          }}
          onErased={name => {
            setErasing(null);
            setNotice(
              `Erased the personal data of ${name}. Their time stays, listed under “Erased person”.`,
            );
          }}
        />
      ) : null}
    </>
  );
}
