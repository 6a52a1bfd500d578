import { hasAnyAbility, PersonActions, type PeopleAbilities } from './PersonActions';
import { isErased, personStatus, type Person } from './person-status';
import { PersonRate, type RateAccess } from './PersonRate';

export type { Person } from './person-status';

type PeopleTableProps = {
  people: readonly Person[];
  abilities: PeopleAbilities;
  /** The signed-in person's id (no "Deactivate" on their own row). */
  viewerId: string;
  /** Whether people's rates may be shown, and their currency. */
  rates: RateAccess;
  onEdit: (person: Person) => void;
  onDeactivate: (person: Person) => void;
  onErase: (person: Person) => void;
  onDone: (message: string, ok: boolean) => void;
};

export function PeopleTable({
  people,
  abilities,
  viewerId,
  rates,
  onEdit,
  onDeactivate,
  onErase,
  onDone,
}: PeopleTableProps) {
  const withActions = hasAnyAbility(abilities);
  // Counted for those who may deactivate: what a deactivation would end, and that it did.
  const withSessions = abilities.deactivate;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
            {withSessions ? (
              <th scope="col" className="table__number">
                Active sessions
              </th>
            ) : null}
            <th scope="col" className="table__number">
              Hourly rate
            </th>
            <th scope="col">Groups</th>
            {withActions ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {people.map(person => {
            const erased = isErased(person);
            const status = personStatus(person);
            return (
              <tr key={person.id}>
                <th scope="row">{person.displayName}</th>
                <td>{erased ? <span className="muted">Removed</span> : person.email}</td>
                <td>
                  <span className={`badge ${status.badge}`}>{status.label}</span>
                  {status.detail ? (
                    <span className="muted table__line">{status.detail}</span>
                  ) : null}
                </td>
                {withSessions ? (
                  <td className="table__number">{person.activeSessionCount ?? '–'}</td>
                ) : null}
                <td className="table__number">
                  <PersonRate person={person} access={rates} />
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
                    <PersonActions
                      person={person}
                      abilities={abilities}
                      isViewer={person.id === viewerId}
                      onEdit={onEdit}
                      onDeactivate={onDeactivate}
                      onErase={onErase}
                      onDone={onDone}
                    />
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
