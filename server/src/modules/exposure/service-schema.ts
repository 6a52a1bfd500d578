import { filterSchema, pruneSchema } from '@graphql-tools/utils';
import type { CatalogField } from '@horae/shared/fields';
import type { Permission } from '@horae/shared/permissions';
import { GraphQLSchema } from 'graphql';
import type { ShieldRule } from '../../graphql/rules.js';
import { buildBareSchema, mergedRules, printSortedSchema } from '../../graphql/schema.js';

type ServiceView = { permissions: ReadonlySet<Permission>; exposure: ReadonlySet<CatalogField> };

/**
 * Whether a service with these permissions and this exposure can pass a rule, read off the rule
 * itself: `can:<permission>`, `exposed:<field>`, `isAuthenticated`; people-only rules (`isUser`,
 * re-authentication) and public sign-in flows do not apply to a service. Unknown rules count as
 * closed, so the printed schema never promises more than the server gives.
 */
export function serviceCanPass(rule: ShieldRule, view: ServiceView): boolean {
  const logic = rule as { getRules?: () => ShieldRule[] };
  if (typeof logic.getRules === 'function') {
    const rules = logic.getRules();
    // graphql-shield does not export its rule classes; or/race pass when one part passes.
    const anyOf = ['RuleOr', 'RuleRace'].includes(rule.constructor.name);
    return anyOf
      ? rules.some(r => serviceCanPass(r, view))
      : rules.every(r => serviceCanPass(r, view));
  }
  const name = (rule as { name?: string }).name ?? '';
  if (name.startsWith('can:')) return view.permissions.has(name.slice(4) as Permission);
  if (name.startsWith('exposed:')) return view.exposure.has(name.slice(8) as CatalogField);
  return name === 'isAuthenticated';
}

let bareSchema: Promise<GraphQLSchema> | null = null;

/** The SDL a service sees: only the operations it may call and the fields it may read. */
export async function schemaForService(view: ServiceView): Promise<string> {
  bareSchema ??= buildBareSchema();
  const rules = mergedRules();
  const allowed = (type: string, field: string) => {
    const r = rules[type]?.[field];
    return r === undefined ? !['Query', 'Mutation'].includes(type) : serviceCanPass(r, view);
  };
  let schema = filterSchema({
    schema: await bareSchema,
    rootFieldFilter: (type, field) => allowed(type, field),
    objectFieldFilter: (type, field) => allowed(type, field),
  });
  // A root type left without fields is not valid SDL: drop it.
  const config = schema.toConfig();
  const mutation = schema.getMutationType();
  if (mutation && Object.keys(mutation.getFields()).length === 0) {
    schema = new GraphQLSchema({
      ...config,
      mutation: undefined,
      types: config.types.filter(t => t.name !== 'Mutation'),
    });
  }
  return printSortedSchema(pruneSchema(schema));
}
