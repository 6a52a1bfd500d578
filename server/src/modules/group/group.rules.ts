import { can, type RuleTree } from '../../graphql/rules.js';

export const groupRules: RuleTree = {
  Query: { groups: can('group.read'), group: can('group.read') },
};
