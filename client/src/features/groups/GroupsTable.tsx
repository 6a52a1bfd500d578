import { Link } from 'react-router';
import { PermissionList } from '../../components/PermissionList';
import type { GroupsQuery } from '../../gql/graphql';

type Group = GroupsQuery['groups']['nodes'][number];

export function GroupsTable({ groups }: { groups: readonly Group[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Permissions</th>
          </tr>
        </thead>
        <tbody>
          {groups.map(group => (
            <tr key={group.id}>
              <th scope="row">
                <Link to={`/groups/${group.id}`}>{group.name}</Link>
                {group.builtIn ? <span className="badge badge--built-in">Built-in</span> : null}
              </th>
              <td>
                {group.permissions.length ? (
                  <PermissionList permissions={group.permissions} showNames />
                ) : (
                  <span className="muted">
                    No permissions: members can only use their own account.
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
