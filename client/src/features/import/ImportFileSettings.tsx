import { SelectField } from '../../components/SelectField';
import type { ImportDateFormat, ImportPayloadFieldsFragment } from '../../gql/graphql';
import { DATE_FORMATS, delimiterLabel, sizeLabel } from './import-labels';

export type FileOverrides = {
  encoding: string | null;
  delimiter: string | null;
  dateFormat: ImportDateFormat | null;
};

type File = NonNullable<ImportPayloadFieldsFragment['file']>;

type ImportFileSettingsProps = {
  file: File;
  overrides: FileOverrides;
  disabled: boolean;
  onChange: (overrides: Partial<FileOverrides>) => void;
};

const ENCODINGS = ['UTF-8', 'windows-1252', 'ISO-8859-15', 'UTF-16LE'];
const DELIMITERS = [',', ';', '\t', '|'];

/** What was detected in the file, each adjustable. */
export function ImportFileSettings({
  file,
  overrides,
  disabled,
  onChange,
}: ImportFileSettingsProps) {
  return (
    <>
      <p>
        <strong>{file.fileName}</strong> · {sizeLabel(file.bytes)} ·{' '}
        {file.rows === 1 ? '1 row' : `${file.rows.toLocaleString('en')} rows`} · detected{' '}
        {file.encoding}, {delimiterLabel(file.delimiter)}-separated
      </p>
      <div className="form__row form__row--three">
        <SelectField
          id="import-encoding"
          label="Encoding"
          value={overrides.encoding ?? ''}
          disabled={disabled}
          onChange={value => {
            onChange({ encoding: value || null });
          }}
        >
          <option value="">Detected ({file.encoding})</option>
          {ENCODINGS.map(e => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="import-delimiter"
          label="Delimiter"
          value={overrides.delimiter ?? ''}
          disabled={disabled}
          onChange={value => {
            onChange({ delimiter: value || null });
          }}
        >
          <option value="">Detected ({delimiterLabel(file.delimiter)})</option>
          {DELIMITERS.map(d => (
            <option key={d} value={d}>
              {delimiterLabel(d)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="import-date-format"
          label="Dates"
          hint={
            file.dateFormatDetected
              ? undefined
              : 'The dates do not tell day and month apart: check this.'
          }
          value={overrides.dateFormat ?? ''}
          disabled={disabled}
          onChange={value => {
            onChange({ dateFormat: value ? (value as ImportDateFormat) : null });
          }}
        >
          <option value="">
            {file.dateFormatDetected ? 'Detected' : 'Assumed'}:{' '}
            {DATE_FORMATS.find(f => f.value === file.dateFormat)?.label}
          </option>
          {DATE_FORMATS.map(f => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </SelectField>
      </div>
    </>
  );
}
