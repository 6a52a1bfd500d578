import 'reflect-metadata';
import {
  GraphQLError,
  isNonNullType,
  isObjectType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { ALL_FIELDS } from '@horae/shared/fields';
import { applyMiddlewareToDeclaredResolvers } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { buildSchema } from 'type-graphql';
import { resolvers, ruleTrees } from '../modules/index.js';
import { exposed, type RuleTree } from './rules.js';

/** One rule per catalogued sensitive field: hidden means null with FORBIDDEN at its path. */
export function catalogFieldRules(): RuleTree {
  const tree: RuleTree = {};
  for (const field of ALL_FIELDS) {
    const [type, name] = field.split('.') as [string, string];
    tree[type] ??= {};
    tree[type][name] = exposed(field);
  }
  return tree;
}

export function mergedRules(): RuleTree {
  const merged: RuleTree = {};
  for (const tree of [...ruleTrees, catalogFieldRules()]) {
    for (const [type, fields] of Object.entries(tree)) {
      for (const [field, r] of Object.entries(fields)) {
        merged[type] ??= {};
        if (merged[type][field]) throw new Error(`Two modules define a rule for ${type}.${field}`);
        merged[type][field] = r;
      }
    }
  }
  return merged;
}

/** The schema without authorization: what is printed to schema.graphql. */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, emitSchemaFile: false });
}

export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}

/**
 * Deny by default: any Query/Mutation field or field resolver without a rule is refused.
 * Middleware wraps only declared resolvers; plain object fields (simpleResolvers) cost nothing.
 */
export async function buildSchemaWithShield(): Promise<GraphQLSchema> {
  const schema = await buildBareSchema();
  const permissions = shield(mergedRules(), {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () =>
      new GraphQLError('You do not have permission to do this.', {
        extensions: { code: 'FORBIDDEN' },
      }),
  });
  // Catalogued fields are plain properties; give them a declared resolver so the shield wraps them.
  for (const field of ALL_FIELDS) {
    const [type, name] = field.split('.') as [string, string];
    const graphqlType = schema.getType(type);
    const def = isObjectType(graphqlType) ? graphqlType.getFields()[name] : undefined;
    if (!def) throw new Error(`The field catalog names ${field}, which the schema does not have`);
    if (isNonNullType(def.type)) throw new Error(`${field} is catalogued, so it must be nullable`);
    // A resolver of our own: graphql-middleware skips fields left with the default resolver.
    def.resolve ??= (source: Record<string, unknown>) => source[name];
  }
  return applyMiddlewareToDeclaredResolvers(schema, permissions);
}
