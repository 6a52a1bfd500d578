import type { AuditEventsQuery } from '../../gql/graphql';

export type AuditEvent = AuditEventsQuery['auditEvents']['nodes'][number];

type Change = { field: string; before: unknown; after: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits an event's data into before/after changes per field and everything else. */
export function splitData(data: unknown): { changes: Change[]; other: [string, unknown][] } {
  if (!isRecord(data)) return { changes: [], other: data == null ? [] : [['value', data]] };
  const before = isRecord(data.before) ? data.before : null;
  const after = isRecord(data.after) ? data.after : null;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes = fields.map(field => ({ field, before: before?.[field], after: after?.[field] }));
  const other = Object.entries(data).filter(
    ([key]) => !((key === 'before' && before) || (key === 'after' && after)),
  );
  return { changes, other };
}

function formatValue(value: unknown): string {
  if (value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Everything recorded about one event: the changed fields, other data and where it came from. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  const { changes, other } = splitData(event.data);
  return (
    <div className="audit-details">
      {changes.length ? (
        <table className="table table--compact audit-details__changes">
          <caption className="table__caption">Changed fields</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {changes.map(change => (
              <tr key={change.field}>
                <th scope="row">{change.field}</th>
                <td>
                  <code>{formatValue(change.before)}</code>
                </td>
                <td>
                  <code>{formatValue(change.after)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <dl className="audit-details__list">
        {other.map(([key, value]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>
              <code>{formatValue(value)}</code>
            </dd>
          </div>
        ))}
        {changes.length === 0 && other.length === 0 ? (
          <div>
            <dt>Data</dt>
            <dd className="muted">Nothing else was recorded.</dd>
          </div>
        ) : null}
        <div>
          <dt>Event</dt>
          <dd>#{event.seq}</dd>
        </div>
        {event.targetId ? (
          <div>
            <dt>Target</dt>
            <dd>
              {event.targetType ?? 'unknown'} <code>{event.targetId}</code>
            </dd>
          </div>
        ) : null}
        {event.actorId ? (
          <div>
            <dt>Actor</dt>
            <dd>
              {event.actorType} <code>{event.actorId}</code>
            </dd>
          </div>
        ) : null}
        {event.requestId ? (
          <div>
            <dt>Request</dt>
            <dd>
              <code>{event.requestId}</code>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Hash</dt>
          <dd>
            <code className="audit-details__hash">{event.hash}</code>
          </dd>
        </div>
      </dl>
    </div>
  );
}
