import type { PeopleQuery } from '../../gql/graphql';
import { PersonalDataButton } from '../account/PersonalDataButton';

export type Person = PeopleQuery['users']['nodes'][number];

const STATUS_LABELS: Record<Person['status'], string> = {
  ACTIVE: 'Active',
  DEACTIVATED: 'Deactivated',
};

/**
 * An erased person keeps their row (their time stays valid) under a pseudonym; the API has no flag
 * for it, but the address it leaves behind is unmistakable.
 */
export function isErased(person: Person): boolean {
  return (
    person.email?.endsWith('@erased.invalid') ?? person.displayName.startsWith('Erased person')
  );
}

type PeopleTableProps = {
  people: readonly Person[];
  /** user.exportData: "Download data" per person. */
  canExportData: boolean;
  /** user.erase: "Erase personal data…" per person. */
  canErase: boolean;
  onErase: (person: Person) => void;
};

export function PeopleTable({ people, canExportData, canErase, onErase }: PeopleTableProps) {
  const withActions = canExportData || canErase;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
            <th scope="col">Groups</th>
            {withActions ? (
              <th scope="col">
                <span className="visually-hidden">Personal data</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {people.map(person => {
            const erased = isErased(person);
            return (
              <tr key={person.id}>
                <th scope="row">{person.displayName}</th>
                <td>{erased ? <span className="muted">Removed</span> : person.email}</td>
                <td>
                  {erased ? (
                    <span className="badge badge--erased">Erased</span>
                  ) : (
                    <span className={`badge badge--${person.status.toLowerCase()}`}>
                      {STATUS_LABELS[person.status]}
                    </span>
                  )}
                </td>
                <td>
                  {person.groups.length ? (
                    person.groups.map(group => group.name).join(', ')
                  ) : (
                    <span className="muted">No groups</span>
                  )}
                </td>
                {withActions ? (
                  <td>
                    <div className="table__actions">
                      {canExportData ? (
                        <PersonalDataButton
                          userId={person.id}
                          label="Download data"
                          accessibleLabel={`Download the data of ${person.displayName}`}
                          what={`the data of ${person.displayName}`}
                          small
                        />
                      ) : null}
                      {canErase && !erased ? (
                        <button
                          className="button button--small button--danger-quiet"
                          type="button"
                          onClick={() => {
                            onErase(person);
                          }}
                          aria-label={`Erase the personal data of ${person.displayName}…`}
                        >
                          Erase…
                        </button>
                      ) : null}
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
