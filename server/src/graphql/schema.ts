import 'reflect-metadata';
import { GraphQLError, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { applyMiddlewareToDeclaredResolvers } from 'graphql-middleware';
import { deny, shield } from 'graphql-shield';
import { buildSchema } from 'type-graphql';
import { resolvers, ruleTrees } from '../modules/index.js';
import type { RuleTree } from './rules.js';

export function mergedRules(): RuleTree {
  const merged: RuleTree = {};
  for (const tree of ruleTrees) {
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
  return applyMiddlewareToDeclaredResolvers(schema, permissions);
}
