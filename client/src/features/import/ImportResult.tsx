import { Link } from 'react-router';
import type { ImportPayloadFieldsFragment } from '../../gql/graphql';
import { plural, RELATED_LABELS, type RESOURCES } from './import-labels';

type ImportResultProps = {
  result: ImportPayloadFieldsFragment;
  resource: (typeof RESOURCES)[number];
  onAnother: () => void;
};

/** Step 4: what the apply wrote. */
export function ImportResult({ result, resource, onAnother }: ImportResultProps) {
  const report = result.report;
  if (!report) return null;
  const related = report.related.map(r => plural(r.create, RELATED_LABELS[r.resource]));
  return (
    <>
      <p className="alert alert--success" role="status">
        Imported {result.file?.fileName}: {report.create} created, {report.update} updated,{' '}
        {report.unchanged} unchanged.
        {related.length ? ` Also created ${related.join(', ')}.` : ''}
      </p>
      {report.notes.length ? (
        <ul>
          {report.notes.map(note => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <p className="muted">
        The import is in the audit log. Importing the same file again changes nothing.
      </p>
      <div className="form__actions">
        <Link className="button button--primary" to={resource.page.to}>
          Open {resource.page.label}
        </Link>
        <button className="button" type="button" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </>
  );
}
