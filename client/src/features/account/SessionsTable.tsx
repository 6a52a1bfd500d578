import { formatDateTime } from '../../components/dates';
import type { MySessionsQuery } from '../../gql/graphql';
import { describeUserAgent } from './user-agent';

type Session = MySessionsQuery['mySessions'][number];

type SessionsTableProps = {
  sessions: readonly Session[];
  revokingId: string | null;
  onSignOut: (id: string, current: boolean) => void;
};

export function SessionsTable({ sessions, revokingId, onSignOut }: SessionsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Browser</th>
            <th scope="col">IP address</th>
            <th scope="col">Signed in</th>
            <th scope="col">Last seen</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map(session => (
            <tr key={session.id}>
              <th scope="row">
                <span title={session.userAgent ?? undefined}>
                  {describeUserAgent(session.userAgent)}
                </span>
                {session.current ? <span className="badge badge--you">This device</span> : null}
              </th>
              <td>{session.ip ?? <span className="muted">—</span>}</td>
              <td>{formatDateTime(session.createdAt)}</td>
              <td>{formatDateTime(session.lastSeenAt)}</td>
              <td>
                <div className="table__actions">
                  <button
                    className="button button--small button--danger-quiet"
                    type="button"
                    disabled={revokingId !== null}
                    onClick={() => {
                      onSignOut(session.id, session.current);
                    }}
                    aria-label={
                      session.current
                        ? 'Sign out this device'
                        : `Sign out ${describeUserAgent(session.userAgent)}, last seen ${formatDateTime(session.lastSeenAt)}`
                    }
                  >
                    {revokingId === session.id ? 'Signing out…' : 'Sign out'}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
