import { CheckboxField } from '../../components/CheckboxField';
import { SelectField } from '../../components/SelectField';
import type { ImportPreset, ImportResource } from '../../gql/graphql';
import { PRESETS, type RESOURCES } from './import-labels';

export type SourceSettings = {
  resource: ImportResource;
  preset: ImportPreset | null;
  createMissing: boolean;
  sendInvitations: boolean;
};

type ImportSourceFormProps = {
  resources: typeof RESOURCES;
  settings: SourceSettings;
  busy: boolean;
  onChange: (settings: Partial<SourceSettings>) => void;
  onFile: (file: File) => void;
};

/** Step 1: what the file holds, where it comes from, and the file itself. */
export function ImportSourceForm({
  resources,
  settings,
  busy,
  onChange,
  onFile,
}: ImportSourceFormProps) {
  const timeEntries = settings.resource === 'TIME_ENTRY';
  return (
    <div className="form">
      <div className="form__row">
        <SelectField
          id="import-resource"
          label="What to import"
          value={settings.resource}
          onChange={value => {
            const resource = value as ImportResource;
            onChange({ resource, preset: resource === 'TIME_ENTRY' ? settings.preset : null });
          }}
        >
          {resources.map(r => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        {timeEntries ? (
          <SelectField
            id="import-preset"
            label="Exported from"
            hint="Matches that tool’s columns and date format."
            value={settings.preset ?? ''}
            onChange={value => {
              onChange({ preset: value ? (value as ImportPreset) : null });
            }}
          >
            <option value="">A spreadsheet (columns matched by name)</option>
            {PRESETS.map(p => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </SelectField>
        ) : null}
      </div>
      {timeEntries ? (
        <CheckboxField
          id="import-create-missing"
          label="Create missing customers, projects and tasks (people must exist)"
          checked={settings.createMissing}
          onChange={createMissing => {
            onChange({ createMissing });
          }}
        />
      ) : null}
      {settings.resource === 'USER' ? (
        <CheckboxField
          id="import-send-invitations"
          label="Mail each new person an invitation to choose a password (people given a password hash sign in with their old password instead)"
          checked={settings.sendInvitations}
          onChange={sendInvitations => {
            onChange({ sendInvitations });
          }}
        />
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor="import-file">
          CSV file
        </label>
        <input
          id="import-file"
          name="import-file"
          className="field__input"
          type="file"
          accept=".csv,.txt,text/csv"
          disabled={busy}
          aria-describedby="import-file-hint"
          onChange={event => {
            const file = event.target.files?.[0];
            // Cleared, so choosing the same (corrected) file again is noticed too.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <p className="field__hint" id="import-file-hint">
          Up to 5 MB and 20,000 rows, the first line naming the columns. Any encoding (UTF-8,
          Windows-1252…) and comma, semicolon or tab. Choosing a file runs a dry run: nothing is
          imported until you apply it.
        </p>
      </div>
    </div>
  );
}
