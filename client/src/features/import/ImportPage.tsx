import { hasPermission } from '@horae/shared/permissions';
import { useRef, useState } from 'react';
import { describeProblem } from '../../app/errors';
import { FormAlert } from '../../components/FormAlert';
import { PageHeader } from '../../components/PageHeader';
import type {
  ImportColumnInput,
  ImportInput,
  ImportPayloadFieldsFragment,
} from '../../gql/graphql';
import { useViewer } from '../auth/viewer-context';
import { ImportFileSettings, type FileOverrides } from './ImportFileSettings';
import { ImportReportView } from './ImportReportView';
import { ImportResult } from './ImportResult';
import { ImportSourceForm, type SourceSettings } from './ImportSourceForm';
import { MappingTable } from './MappingTable';
import { RESOURCES } from './import-labels';
import { UploadError, uploadImportFile, type Uploaded } from './upload';
import { useImportApply } from './useImportApply';
import { useImportPreview } from './useImportPreview';

type Settings = SourceSettings & FileOverrides & { mapping: ImportColumnInput[] | null };
type Payload = ImportPayloadFieldsFragment;

const AUTOMATIC: FileOverrides & { mapping: null } = {
  encoding: null,
  delimiter: null,
  dateFormat: null,
  mapping: null,
};

function inputOf(upload: Uploaded, s: Settings): ImportInput {
  return {
    uploadId: upload.id,
    resource: s.resource,
    preset: s.preset,
    createMissing: s.createMissing,
    sendInvitations: s.sendInvitations,
    encoding: s.encoding,
    delimiter: s.delimiter,
    dateFormat: s.dateFormat,
    mapping: s.mapping,
  };
}

/** The import wizard: upload, mapping, dry-run report, apply, result. */
export function ImportPage() {
  const { can } = useViewer();
  const resources = RESOURCES.filter(r => hasPermission(can, r.permission));
  const [settings, setSettings] = useState<Settings>({
    resource: resources[0]?.value ?? 'TIME_ENTRY',
    preset: null,
    createMissing: false,
    sendInvitations: true,
    ...AUTOMATIC,
  });
  const [upload, setUpload] = useState<Uploaded | null>(null);
  const [preview, setPreview] = useState<Payload | null>(null);
  const [result, setResult] = useState<Payload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [phase, setPhase] = useState<'idle' | 'uploading' | 'checking'>('idle');
  const latest = useRef(0);
  const runPreview = useImportPreview();
  const { apply, applying } = useImportApply();
  const resource = RESOURCES.find(r => r.value === settings.resource)!;

  async function check(file: Uploaded, next: Settings) {
    const run = ++latest.current;
    setPhase('checking');
    setProblem(null);
    try {
      const payload = await runPreview(inputOf(file, next));
      if (run === latest.current) setPreview(payload);
    } catch (error) {
      if (run === latest.current) setProblem(describeProblem(error).message);
    } finally {
      if (run === latest.current) setPhase('idle');
    }
  }

  function change(partial: Partial<Settings>) {
    // Another resource or tool has other columns: match them afresh.
    const reset = 'resource' in partial || 'preset' in partial ? AUTOMATIC : {};
    const next = { ...settings, ...reset, ...partial };
    setSettings(next);
    setResult(null);
    if (upload) void check(upload, next);
  }

  async function chooseFile(file: File) {
    setPhase('uploading');
    setProblem(null);
    setResult(null);
    try {
      const uploaded = await uploadImportFile(file);
      setUpload(uploaded);
      await check(uploaded, settings);
    } catch (error) {
      setProblem(error instanceof UploadError ? error.message : describeProblem(error).message);
      setPhase('idle');
    }
  }

  async function applyImport() {
    if (!upload) return;
    setProblem(null);
    try {
      const payload = await apply(inputOf(upload, settings));
      if (payload.applied) setResult(payload);
      else setPreview(payload);
    } catch (error) {
      setProblem(describeProblem(error).message);
    }
  }

  function startOver() {
    setUpload(null);
    setPreview(null);
    setResult(null);
    setSettings(s => ({ ...s, ...AUTOMATIC }));
  }

  const busy = phase !== 'idle' || applying;
  const report = preview?.report ?? null;
  const mappingProblems = Object.fromEntries(
    (preview?.errors ?? [])
      .filter(e => e.field?.startsWith('mapping.'))
      .map(e => [e.field!.slice('mapping.'.length), e.message]),
  );
  const otherProblems = [
    ...(problem ? [problem] : []),
    ...(preview?.errors ?? []).filter(e => !e.field?.startsWith('mapping.')).map(e => e.message),
  ];

  return (
    <>
      <PageHeader
        title="Import"
        description="Bring customers, projects, tasks, people and time from CSV files: from a spreadsheet, or from Kimai, Harvest, Clockify or Toggl. Every file gets a dry run first; applying writes all of it or nothing."
      />
      <div className="stack">
        <section className="card" aria-labelledby="import-source-title">
          <h2 id="import-source-title">1. Choose what to import and the file</h2>
          <ImportSourceForm
            resources={resources}
            settings={settings}
            busy={busy}
            onChange={change}
            onFile={file => void chooseFile(file)}
          />
          {phase !== 'idle' ? (
            <p className="muted" role="status">
              {phase === 'uploading' ? 'Uploading…' : 'Checking every row…'}
            </p>
          ) : null}
          <FormAlert messages={otherProblems} />
        </section>

        {upload && preview?.file && !result ? (
          <section className="card" aria-labelledby="import-mapping-title">
            <h2 id="import-mapping-title">2. Check the columns</h2>
            <ImportFileSettings
              file={preview.file}
              overrides={settings}
              disabled={busy}
              onChange={change}
            />
            <MappingTable
              fields={preview.fields}
              headers={preview.file.headers}
              problems={mappingProblems}
              disabled={busy}
              onChange={(key, column) => {
                change({
                  mapping: preview.fields.map(f => ({
                    field: f.key,
                    column: f.key === key ? column : (f.column ?? null),
                  })),
                });
              }}
            />
          </section>
        ) : null}

        {report && !result ? (
          <section className="card" aria-labelledby="import-report-title">
            <h2 id="import-report-title">3. Dry run</h2>
            <ImportReportView report={report} />
            <div className="form__actions">
              <button
                className="button button--primary"
                type="button"
                disabled={busy || report.refused > 0}
                onClick={() => void applyImport()}
              >
                {applying ? 'Importing…' : 'Apply import'}
              </button>
              {report.refused > 0 ? (
                <span className="muted">Fix the refused rows first.</span>
              ) : null}
            </div>
          </section>
        ) : null}

        {result ? (
          <section className="card" aria-labelledby="import-result-title">
            <h2 id="import-result-title">4. Done</h2>
            <ImportResult result={result} resource={resource} onAnother={startOver} />
          </section>
        ) : null}
      </div>
    </>
  );
}
