import { describePermission } from '@horae/shared/permissions';
import { chain, or, rule } from 'graphql-shield';
import type { RequestContext } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { can, isAuthenticated, notSignedIn, type RuleTree } from '../../graphql/rules.js';
import { IMPORT_PERMISSION, type ImportResourceName } from './import-fields.js';
import { RESOURCE_OF, type ImportResourceEnum } from './import.type.js';

const LABELS: Record<ImportResourceName, string> = {
  customer: 'customers',
  project: 'projects',
  task: 'tasks',
  user: 'people',
  timeEntry: 'time entries',
};

/** Any import at all: the create permission of one of the importable resources. */
const mayImportSomething = or(
  ...[...new Set(Object.values(IMPORT_PERMISSION))].map(permission => can(permission)),
);

/** The resource named in `input.resource` needs its own create permission. */
const mayImportResource = rule('importResource', { cache: 'strict' })((
  _parent,
  args: { input?: { resource?: ImportResourceEnum } },
  ctx: RequestContext,
) => {
  if (!ctx.actor) return notSignedIn(ctx);
  const resource = args.input?.resource ? RESOURCE_OF[args.input.resource] : undefined;
  const permission = resource ? IMPORT_PERMISSION[resource] : undefined;
  if (!resource || !permission) return forbidden('There is no such import.');
  if (ctx.actor.permissions.has(permission)) return true;
  return forbidden(
    `You do not have permission to import ${LABELS[resource]}: it needs "${permission}" (${describePermission(permission).toLowerCase()}).`,
  );
});

const mayImport = chain(mayImportSomething, mayImportResource);

export const importRules: RuleTree = {
  Query: { importPreview: mayImport },
  Mutation: { importApply: mayImport },
  ImportReport: { rows: isAuthenticated },
};
