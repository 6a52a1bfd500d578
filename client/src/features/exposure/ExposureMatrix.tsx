import type { FieldExposureQuery } from '../../gql/graphql';
import { cellKey, type CellState } from './useFieldExposureSet';

type Exposure = FieldExposureQuery['fieldExposure'];
export type CatalogField = Exposure['fields'][number];
export type Subject = Exposure['groups'][number];

type ExposureMatrixProps = {
  fields: readonly CatalogField[];
  groups: readonly Subject[];
  services: readonly Subject[];
  cells: ReadonlyMap<string, CellState>;
  /** Whether the viewer may change a group's or a service's exposure. */
  canChange: (subject: Subject) => boolean;
  onToggle: (subject: Subject, field: CatalogField, exposed: boolean) => void;
};

/** Categories in the order the catalog first names them, each with its fields. */
function byCategory(fields: readonly CatalogField[]): [string, CatalogField[]][] {
  const categories = new Map<string, CatalogField[]>();
  for (const field of fields) {
    const list = categories.get(field.category) ?? [];
    list.push(field);
    categories.set(field.category, list);
  }
  return [...categories];
}

/** Catalogued fields (rows, by category) by groups then services (columns): a toggle each. */
export function ExposureMatrix(props: ExposureMatrixProps) {
  const { fields, groups, services } = props;
  const columns = groups.length + services.length;
  return (
    <div className="table-wrap">
      <table className="table matrix exposure-matrix">
        <caption className="visually-hidden">
          Which groups and services may read each sensitive field
        </caption>
        <colgroup />
        {groups.length ? <colgroup span={groups.length} /> : null}
        {services.length ? <colgroup span={services.length} className="matrix__services" /> : null}
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Field
            </th>
            {groups.length ? (
              <th scope="colgroup" colSpan={groups.length} className="matrix__group-head">
                Groups
              </th>
            ) : null}
            {services.length ? (
              <th
                scope="colgroup"
                colSpan={services.length}
                className="matrix__group-head matrix__first-service"
              >
                Services
              </th>
            ) : null}
          </tr>
          <tr>
            {[...groups, ...services].map((subject, index) => (
              <th
                scope="col"
                key={subject.id}
                className={
                  index === groups.length
                    ? 'matrix__subject matrix__first-service'
                    : 'matrix__subject'
                }
              >
                {subject.name}
              </th>
            ))}
          </tr>
        </thead>
        {byCategory(fields).map(([category, list]) => (
          <tbody key={category}>
            <tr className="matrix__category">
              <th scope="rowgroup" colSpan={columns + 1}>
                {category}
              </th>
            </tr>
            {list.map(field => (
              <tr key={field.field}>
                <th scope="row" className="matrix__row-header">
                  <span className="table__line">{field.label}</span>
                  <code className="table__line table__sub">{field.field}</code>
                </th>
                {[...groups, ...services].map((subject, index) => (
                  <ExposureCell
                    key={subject.id}
                    subject={subject}
                    field={field}
                    firstService={index === groups.length}
                    state={props.cells.get(cellKey(subject.id, field.field))}
                    canChange={props.canChange(subject)}
                    onToggle={props.onToggle}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

type ExposureCellProps = {
  subject: Subject;
  field: CatalogField;
  firstService: boolean;
  state: CellState | undefined;
  canChange: boolean;
  onToggle: ExposureMatrixProps['onToggle'];
};

function ExposureCell({
  subject,
  field,
  firstService,
  state,
  canChange,
  onToggle,
}: ExposureCellProps) {
  const saved = subject.locked || subject.exposed.includes(field.field);
  // While saving, the box shows what was asked for; a failed change falls back to what is saved.
  const exposed = state?.saving ? state.exposed : saved;
  const classes = ['matrix__cell'];
  if (firstService) classes.push('matrix__first-service');
  if (state && !state.saving) classes.push('matrix__cell--failed');
  return (
    <td className={classes.join(' ')} aria-busy={state?.saving ? true : undefined}>
      <div className="matrix__grant">
        <input
          className="checkbox__input"
          type="checkbox"
          checked={exposed}
          disabled={subject.locked || !canChange || state?.saving}
          aria-label={`Expose ${field.label} to ${subject.name}`}
          title={
            subject.locked
              ? `${subject.name} always see every field.`
              : exposed
                ? `Exposed to ${subject.name}`
                : `Hidden from ${subject.name}`
          }
          onChange={event => {
            onToggle(subject, field, event.target.checked);
          }}
        />
        {state?.saving ? (
          <span className="matrix__status">Saving…</span>
        ) : state ? (
          <span className="matrix__status matrix__status--failed" title={state.failed}>
            Not saved
          </span>
        ) : subject.locked ? (
          <span className="matrix__status">Always</span>
        ) : !exposed ? (
          <span className="matrix__status" aria-hidden="true">
            Hidden
          </span>
        ) : null}
      </div>
    </td>
  );
}
