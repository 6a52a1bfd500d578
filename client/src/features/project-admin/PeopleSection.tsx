import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { MembersDialog, type Person } from './MembersDialog';

type PeopleSectionProps = {
  projectId: string;
  /** Undefined when the viewer may not see the people of the site. */
  lead: Person | null | undefined;
  members: readonly (Person & { status: string })[] | undefined;
  canUpdate: boolean;
};

/** Who leads the project and who works on it; changed by people with project.update. */
export function PeopleSection({ projectId, lead, members, canUpdate }: PeopleSectionProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  if (members === undefined) {
    return (
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">People</h2>
        <EmptyState title="You cannot see who works on this project.">
          <p>
            Seeing the lead and members takes the permission to see the people of the site. Ask an
            administrator if you need it.
          </p>
        </EmptyState>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="people-title">
      <div className="card__header">
        <h2 id="people-title">People</h2>
        {canUpdate ? (
          <button
            className="button"
            type="button"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Change people
          </button>
        ) : null}
      </div>
      {saved ? (
        <p className="alert alert--success" role="status">
          Saved the lead and members.
        </p>
      ) : null}
      <dl className="summary-list">
        <div>
          <dt>Lead</dt>
          <dd>
            {lead ? (
              <>
                {lead.displayName} <span className="muted">{lead.email}</span>
              </>
            ) : (
              <span className="muted">No lead: nobody approves the members’ time as lead.</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Members ({members.length})</dt>
          <dd>
            {members.length ? (
              <ul className="people-list">
                {members.map(member => (
                  <li key={member.id}>
                    {member.displayName}
                    {member.status === 'DEACTIVATED' ? (
                      <span className="badge badge--deactivated badge--inline">Deactivated</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <span className="muted">
                No members yet{canUpdate ? ': add the people who work on it.' : '.'}
              </span>
            )}
          </dd>
        </div>
      </dl>
      {editing ? (
        <MembersDialog
          projectId={projectId}
          lead={lead ?? null}
          members={members}
          onClose={() => {
            setEditing(false);
          }}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}
    </section>
  );
}
