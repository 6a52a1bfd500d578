import { can, type RuleTree } from '../../graphql/rules.js';

export const throttleRules: RuleTree = {
  Query: { loginBlocks: can('site.read') },
  Mutation: { loginBlockLift: can('site.update') },
};
