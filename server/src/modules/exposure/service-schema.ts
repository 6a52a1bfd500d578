import { filterSchema, pruneSchema } from '@graphql-tools/utils';
import { GraphQLSchema } from 'graphql';
import { ruleAllows, type RuleView } from '../../graphql/rule-view.js';
import { buildBareSchema, mergedRules, printSortedSchema } from '../../graphql/schema.js';

let bareSchema: Promise<GraphQLSchema> | null = null;

/** The SDL a caller sees: only the operations it may call and the fields it may read. */
export async function schemaFor(view: RuleView): Promise<string> {
  bareSchema ??= buildBareSchema();
  const rules = mergedRules();
  const allowed = (type: string, field: string) => {
    const r = rules[type]?.[field];
    if (r === undefined) return !['Query', 'Mutation'].includes(type);
    // What cannot be judged without a request (public sign-in flows) is left out.
    return ruleAllows(r, view) === true;
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
