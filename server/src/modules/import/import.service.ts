import { isUuid } from '@horae/shared/validation';
import type { Actor, RequestContext } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { UserError } from '../../graphql/user-error.js';
import { appendAuditBatch } from '../audit/audit.service.js';
import { planCustomers } from './import-customers.js';
import {
  IMPORT_PERMISSION,
  missingRequired,
  RESOURCE_FIELDS,
  resolveMapping,
  type FieldDef,
  type ImportResourceName,
} from './import-fields.js';
import { decodeFile, delimiterOf, detectDelimiter, parseFile } from './import-file.js';
import type { ImportRun, Plan, RowResult } from './import-plan.js';
import { PRESETS, type ImportPresetName } from './import-presets.js';
import { planProjects, planTasks } from './import-projects.js';
import { planTimeEntries } from './import-time-entries.js';
import { findUpload } from './import-upload.service.js';
import { planUsers } from './import-users.js';
import { detectDateFormat, type DateFormat } from './import-values.js';

export type ImportOptions = {
  uploadId: string;
  resource: ImportResourceName;
  preset: ImportPresetName | null;
  mapping: readonly { field: string; column?: string | null }[] | null;
  encoding: string | null;
  delimiter: string | null;
  dateFormat: DateFormat | null;
  createMissing: boolean;
  sendInvitations: boolean;
};

export type FileInfo = {
  uploadId: string;
  fileName: string;
  bytes: number;
  encoding: string;
  delimiter: string;
  headers: string[];
  rows: number;
  dateFormat: DateFormat;
  /** False when the dates did not tell and the preset's (or the default) format was assumed. */
  dateFormatDetected: boolean;
};

export type Report = {
  rows: RowResult[];
  create: number;
  update: number;
  unchanged: number;
  refused: number;
  related: Plan['related'];
  notes: string[];
};

export type ImportResult = {
  applied: boolean;
  file: FileInfo | null;
  fields: { def: FieldDef; column: string | null }[];
  report: Report | null;
  errors: UserError[];
};

const PLANNERS: Record<ImportResourceName, (run: ImportRun) => Promise<Plan>> = {
  customer: planCustomers,
  project: planProjects,
  task: planTasks,
  user: planUsers,
  timeEntry: planTimeEntries,
};

const DATE_FIELDS = ['date', 'endDate', 'startsOn', 'endsOn'];

function reportOf(plan: Plan, notes: string[]): Report {
  const count = (o: RowResult['outcome']) => plan.rows.filter(r => r.outcome === o).length;
  return {
    rows: plan.rows,
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    refused: count('refused'),
    related: plan.related,
    notes,
  };
}

/**
 * Reads the uploaded file, maps its columns and plans every row (the dry run). With `apply`, and
 * only when no row is refused, writes all of it in the request's transaction and audits it.
 */
export async function runImport(
  ctx: RequestContext,
  actor: Actor,
  options: ImportOptions,
  mode: 'preview' | 'apply',
): Promise<ImportResult> {
  const permission = IMPORT_PERMISSION[options.resource];
  if (!actor.permissions.has(permission)) {
    throw forbidden(`Importing this needs the permission "${permission}".`);
  }
  const defs = RESOURCE_FIELDS[options.resource];
  const nothing = (errors: UserError[], file: FileInfo | null = null): ImportResult => ({
    applied: false,
    file,
    fields: defs.map(def => ({ def, column: null })),
    report: null,
    errors,
  });
  if (options.preset && options.resource !== 'timeEntry') {
    return nothing([
      UserError.of(
        'PRESET_FOR_TIME_ENTRIES',
        'Presets describe time-entry exports: choose “Time entries”.',
        'preset',
      ),
    ]);
  }
  if (mode === 'apply') {
    // One import at a time per site: the second one plans against what the first one wrote.
    await ctx.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 11))', [
      `import:${actor.siteId}`,
    ]);
  }
  const upload = isUuid(options.uploadId) ? await findUpload(ctx, actor, options.uploadId) : null;
  if (!upload) {
    return nothing([
      UserError.of(
        'UPLOAD_NOT_FOUND',
        'The uploaded file is gone (files are kept for an hour). Upload it again.',
        'uploadId',
      ),
    ]);
  }
  const decoded = decodeFile(upload.content, options.encoding);
  if (decoded instanceof UserError) return nothing([decoded]);
  const chosenDelimiter = delimiterOf(options.delimiter);
  if (chosenDelimiter instanceof UserError) return nothing([chosenDelimiter]);
  const delimiter = chosenDelimiter ?? detectDelimiter(decoded.text);
  const parsed = parseFile(decoded.text, delimiter);
  if (parsed instanceof UserError) return nothing([parsed]);

  const preset = options.preset ? PRESETS[options.preset] : null;
  const mapping = resolveMapping(defs, parsed.headers, preset?.headers ?? null, options.mapping);
  const file = (dateFormat: DateFormat, detected: boolean): FileInfo => ({
    uploadId: upload.id,
    fileName: upload.fileName,
    bytes: upload.bytes,
    encoding: decoded.encoding,
    delimiter,
    headers: parsed.headers,
    rows: parsed.rows.length,
    dateFormat,
    dateFormatDetected: detected,
  });
  if (Array.isArray(mapping)) return nothing(mapping, file(preset?.dateFormat ?? 'DMY', false));

  const dateColumns = DATE_FIELDS.flatMap(k => mapping.get(k) ?? []).map(c =>
    parsed.headers.indexOf(c),
  );
  const detected = detectDateFormat(
    parsed.rows.flatMap(row => dateColumns.map(i => row.cells[i] ?? '')),
  );
  const dateFormat = options.dateFormat ?? detected ?? preset?.dateFormat ?? 'DMY';
  const info = file(dateFormat, options.dateFormat === null && detected !== null);
  const fields = defs.map(def => ({ def, column: mapping.get(def.key) ?? null }));
  const missing = missingRequired(options.resource, mapping);
  if (missing.length) return { applied: false, file: info, fields, report: null, errors: missing };

  const plan = await PLANNERS[options.resource]({
    ctx,
    actor,
    importId: upload.id,
    rows: parsed.rows,
    headers: parsed.headers,
    mapping,
    dateFormat,
    preset: options.preset,
    createMissing: options.createMissing,
    sendInvitations: options.sendInvitations,
  });
  const planned = reportOf(plan, []);
  if (mode === 'preview')
    return { applied: false, file: info, fields, report: planned, errors: [] };
  if (planned.refused > 0) {
    return {
      applied: false,
      file: info,
      fields,
      report: planned,
      errors: [
        UserError.of(
          'ROWS_REFUSED',
          `${planned.refused} ${planned.refused === 1 ? 'row is' : 'rows are'} refused, so nothing was imported. Correct the file (or the mapping) and try again.`,
        ),
      ],
    };
  }

  const { audit, notes } = await plan.apply();
  const stamp = {
    siteId: actor.siteId,
    actorType: actor.kind,
    actorId: actor.kind === 'service' ? actor.serviceId : actor.userId,
    ip: ctx.ip,
    requestId: ctx.requestId,
  } as const;
  await appendAuditBatch(ctx.em, [
    ...audit.map(a => ({
      ...stamp,
      action: a.action,
      targetType: a.target.type,
      targetId: a.target.id,
      data: { ...a.data, import: upload.id },
    })),
    {
      ...stamp,
      action: 'import.applied',
      targetType: 'import',
      targetId: upload.id,
      data: {
        resource: options.resource,
        preset: options.preset,
        fileName: upload.fileName,
        sha256: upload.sha256,
        rows: parsed.rows.length,
        create: planned.create,
        update: planned.update,
        unchanged: planned.unchanged,
        related: plan.related,
      },
    },
  ]);
  // Applied: the file has served its purpose (importing it again means uploading it again).
  await ctx.em.remove(upload).flush();
  return { applied: true, file: info, fields, report: reportOf(plan, notes), errors: [] };
}
