import type { PeopleQuery } from '../../gql/graphql';

type Person = PeopleQuery['users']['nodes'][number];

const STATUS_LABELS: Record<Person['status'], string> = {
  ACTIVE: 'Active',
  DEACTIVATED: 'Deactivated',
};

export function PeopleTable({ people }: { people: readonly Person[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
            <th scope="col">Groups</th>
          </tr>
        </thead>
        <tbody>
          {people.map(person => (
            <tr key={person.id}>
              <th scope="row">{person.displayName}</th>
              <td>{person.email}</td>
              <td>
                <span className={`badge badge--${person.status.toLowerCase()}`}>
                  {STATUS_LABELS[person.status]}
                </span>
              </td>
              <td>
                {person.groups.length ? (
                  person.groups.map(group => group.name).join(', ')
                ) : (
                  <span className="muted">No groups</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
