import { PersonalDataButton } from '../account/PersonalDataButton';
import { isErased, type Person } from './person-status';
import { useUserInvite } from './useUserInvite';
import { useUserReactivate } from './useUserReactivate';

/** What the viewer may do to people; each adds its action to the rows it applies to. */
export type PeopleAbilities = {
  /** user.update: "Edit…" (name and own rate; groups too with group.read). */
  update: boolean;
  /** user.exportData: "Download data". */
  exportData: boolean;
  /** user.create: send an open invitation again. */
  invite: boolean;
  /** user.deactivate: deactivate (not oneself) and reactivate. */
  deactivate: boolean;
  /** user.erase: "Erase personal data…". */
  erase: boolean;
};

export function hasAnyAbility(abilities: PeopleAbilities): boolean {
  return Object.values(abilities).some(Boolean);
}

type PersonActionsProps = {
  person: Person;
  abilities: PeopleAbilities;
  /** The viewer themselves: they cannot deactivate their own account. */
  isViewer: boolean;
  onEdit: (person: Person) => void;
  onDeactivate: (person: Person) => void;
  onErase: (person: Person) => void;
  /** What a direct action (reactivate, send again) did, for the page's notice. */
  onDone: (message: string, ok: boolean) => void;
};

export function PersonActions({
  person,
  abilities,
  isViewer,
  onEdit,
  onDeactivate,
  onErase,
  onDone,
}: PersonActionsProps) {
  const { invite, inviting } = useUserInvite();
  const { reactivate, reactivating } = useUserReactivate();
  const erased = isErased(person);
  const active = person.status === 'ACTIVE';
  const name = person.displayName;

  async function sendAgain() {
    const refused = await invite(person.id);
    onDone(
      refused ??
        `Sent ${name} a new invitation (the earlier link no longer works). It works once, for 7 days.`,
      !refused,
    );
  }

  async function reactivateNow() {
    const refused = await reactivate(person.id);
    onDone(refused ?? `Reactivated ${name}: they can sign in again with their password.`, !refused);
  }

  return (
    <div className="table__actions">
      {abilities.update && !erased ? (
        <button
          className="button button--small"
          type="button"
          onClick={() => {
            onEdit(person);
          }}
          aria-label={`Edit ${name}…`}
        >
          Edit…
        </button>
      ) : null}
      {abilities.exportData ? (
        <PersonalDataButton
          userId={person.id}
          label="Download data"
          accessibleLabel={`Download the data of ${name}`}
          what={`the data of ${name}`}
          small
        />
      ) : null}
      {abilities.invite && active && !erased && person.invitation ? (
        <button
          className="button button--small"
          type="button"
          disabled={inviting}
          onClick={() => void sendAgain()}
          aria-label={`Send ${name} the invitation again`}
        >
          {inviting ? 'Sending…' : 'Send again'}
        </button>
      ) : null}
      {abilities.deactivate && active && !erased && !isViewer ? (
        <button
          className="button button--small button--danger-quiet"
          type="button"
          onClick={() => {
            onDeactivate(person);
          }}
          aria-label={`Deactivate ${name}…`}
        >
          Deactivate…
        </button>
      ) : null}
      {abilities.deactivate && !active && !erased ? (
        <button
          className="button button--small"
          type="button"
          disabled={reactivating}
          onClick={() => void reactivateNow()}
          aria-label={`Reactivate ${name}`}
        >
          {reactivating ? 'Reactivating…' : 'Reactivate'}
        </button>
      ) : null}
      {abilities.erase && !erased ? (
        <button
          className="button button--small button--danger-quiet"
          type="button"
          onClick={() => {
            onErase(person);
          }}
          aria-label={`Erase the personal data of ${name}…`}
        >
          Erase…
        </button>
      ) : null}
    </div>
  );
}
