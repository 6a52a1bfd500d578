import { Fragment, useState } from 'react';
import { formatDateTime } from '../../components/dates';
import { AuditEventDetails, type AuditEvent } from './AuditEventDetails';

type AuditTableProps = {
  events: readonly AuditEvent[];
  /** Display names by user id, when the viewer may list people. */
  names: ReadonlyMap<string, string>;
};

function shortId(id: string): string {
  return id.slice(0, 8);
}

function actorLabel(event: AuditEvent, names: ReadonlyMap<string, string>): string {
  const id = event.actorId;
  switch (event.actorType) {
    case 'user':
      return (id && names.get(id)) ?? (id ? `User ${shortId(id)}` : 'A user');
    case 'service':
      return id ? `Service ${shortId(id)}` : 'A service';
    case 'system':
      return 'Horae';
    case 'anonymous':
      return 'Not signed in';
    default:
      return event.actorType;
  }
}

function targetLabel(event: AuditEvent, names: ReadonlyMap<string, string>): string {
  if (!event.targetType) return '—';
  const id = event.targetId;
  if (event.targetType === 'user' && id && names.has(id)) return `user ${names.get(id) ?? ''}`;
  if (event.targetType === 'site' || !id) return event.targetType;
  return `${event.targetType} ${shortId(id)}`;
}

/** The events, newest first; each row opens to show what was recorded with it. */
export function AuditTable({ events, names }: AuditTableProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  function toggle(id: string) {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  }

  return (
    <div className="table-wrap">
      <table className="table audit-table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">When</th>
            <th scope="col">Done by</th>
            <th scope="col">Target</th>
            <th scope="col">IP address</th>
          </tr>
        </thead>
        <tbody>
          {events.map(event => {
            const expanded = open.has(event.id);
            const detailsId = `audit-event-${event.id}`;
            return (
              <Fragment key={event.id}>
                <tr className={expanded ? 'audit-table__row--open' : undefined}>
                  <th scope="row">
                    <button
                      className="disclosure"
                      type="button"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      onClick={() => {
                        toggle(event.id);
                      }}
                    >
                      <span className="disclosure__icon" aria-hidden="true" />
                      <code>{event.action}</code>
                      <span className="visually-hidden">, event {event.seq}</span>
                    </button>
                  </th>
                  <td>{formatDateTime(event.occurredAt)}</td>
                  <td>{actorLabel(event, names)}</td>
                  <td title={event.targetId ?? undefined}>{targetLabel(event, names)}</td>
                  <td>{event.ip ?? <span className="muted">—</span>}</td>
                </tr>
                <tr className="audit-table__details" id={detailsId} hidden={!expanded}>
                  <td colSpan={5}>{expanded ? <AuditEventDetails event={event} /> : null}</td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
