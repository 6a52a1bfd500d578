import { useQuery as useApolloQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery as useUrqlQuery, type CombinedError } from 'urql';
import { describeProblem } from '../../app/errors';
import { LoadingState } from '../../components/LoadingState';
import {
  compareSample,
  readSample,
  SAMPLE_SIZE,
  type ApiError,
  type Cell,
  type Difference,
  type Sample,
  type SampleResult,
} from './preview-samples';

function apolloErrors(error: unknown): { errors: ApiError[]; failure: string | null } {
  if (!error) return { errors: [], failure: null };
  if (CombinedGraphQLErrors.is(error)) {
    return {
      errors: error.errors.map(e => ({
        message: e.message,
        code: typeof e.extensions?.['code'] === 'string' ? e.extensions['code'] : null,
        path: e.path ?? [],
      })),
      failure: null,
    };
  }
  return { errors: [], failure: describeProblem(error).message };
}

function urqlErrors(error: CombinedError | undefined): {
  errors: ApiError[];
  failure: string | null;
} {
  if (!error) return { errors: [], failure: null };
  return {
    errors: error.graphQLErrors.map(e => ({
      message: e.message,
      code: typeof e.extensions['code'] === 'string' ? e.extensions['code'] : null,
      path: e.path ?? [],
    })),
    failure: error.networkError ? 'Horae could not be reached with the preview token.' : null,
  };
}

const DIFFERENCE_LABELS: Record<Difference, string> = {
  same: 'Same',
  hidden: 'Hidden from the service',
  differs: 'Differs',
};

function CellList({ cells }: { cells: readonly (Cell | null)[] }) {
  return (
    <ul className="preview-values">
      {cells.map((cell, i) => (
        <li key={i}>
          {!cell ? (
            <span className="muted">not in its answer</span>
          ) : cell.kind === 'hidden' ? (
            <span className="preview-hidden" title={cell.message}>
              hidden (FORBIDDEN)
            </span>
          ) : cell.kind === 'empty' ? (
            <span className="muted">
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">empty</span>
            </span>
          ) : (
            cell.text
          )}
        </li>
      ))}
    </ul>
  );
}

function Outcome({ result, who }: { result: SampleResult; who: string }) {
  if (result.state === 'loading') return <LoadingState label={`Asking as ${who}…`} />;
  if (result.state === 'not-permitted') {
    return (
      <p className="alert alert--warning">
        <strong>Not permitted</strong> for {who}: {result.message}
      </p>
    );
  }
  if (result.state === 'failed') {
    return (
      <p className="alert alert--error" role="alert">
        {who}: {result.message}
      </p>
    );
  }
  return null;
}

/**
 * One sample query sent twice: through the administrator's own Apollo client (their session)
 * and through the urql client of the preview token. Shows, field by field, what differs.
 */
export function SampleComparison({ sample }: { sample: Sample }) {
  const variables = { first: SAMPLE_SIZE };
  const mine = useApolloQuery(sample.document, {
    variables,
    fetchPolicy: 'no-cache',
    errorPolicy: 'all',
  });
  const [theirs] = useUrqlQuery({ query: sample.document, variables });

  const myErrors = apolloErrors(mine.error);
  const theirErrors = urqlErrors(theirs.error);
  const myResult: SampleResult = mine.loading
    ? { state: 'loading' }
    : readSample(sample, mine.data, myErrors.errors, myErrors.failure);
  const theirResult: SampleResult = theirs.fetching
    ? { state: 'loading' }
    : readSample(sample, theirs.data, theirErrors.errors, theirErrors.failure);
  const titleId = `preview-${sample.id}-title`;

  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card__header">
        <h2 id={titleId}>{sample.title}</h2>
        <code>
          {sample.rootField}(first: {SAMPLE_SIZE})
        </code>
      </div>
      <Outcome result={myResult} who="you" />
      <Outcome result={theirResult} who="the service" />
      {myResult.state === 'ok' &&
      (theirResult.state === 'ok' || theirResult.state === 'not-permitted') ? (
        <div className="table-wrap">
          <table className="table preview-table">
            <caption className="table__caption">
              {myResult.records.length === 0
                ? 'You see no records, so there is nothing to compare.'
                : theirResult.state === 'ok'
                  ? `The first ${myResult.records.length} of ${myResult.totalCount ?? '?'} for you and of ${theirResult.totalCount ?? '?'} for the service.`
                  : `The first ${myResult.records.length} of ${myResult.totalCount ?? '?'}; the service may not ask for them.`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">You see</th>
                <th scope="col">The service sees</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {(theirResult.state === 'ok'
                ? compareSample(sample, myResult.records, theirResult.records)
                : sample.fields.map(field => ({ field, difference: null }))
              ).map(row => (
                <tr
                  key={row.field.path}
                  className={row.difference === 'same' ? undefined : 'preview-table__row--differs'}
                >
                  <th scope="row">
                    <span className="table__line">{row.field.label}</span>
                    <code className="table__line table__sub">{row.field.path}</code>
                  </th>
                  <td>
                    <CellList
                      cells={myResult.records.map(r => r.cells.get(row.field.path) ?? null)}
                    />
                  </td>
                  <td>
                    {'theirs' in row ? (
                      <CellList cells={row.theirs} />
                    ) : (
                      <span className="preview-hidden">not permitted</span>
                    )}
                  </td>
                  <td>{row.difference ? DIFFERENCE_LABELS[row.difference] : 'Not permitted'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
