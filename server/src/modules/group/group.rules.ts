import { and } from 'graphql-shield';
import { can, type RuleTree } from '../../graphql/rules.js';

export const groupRules: RuleTree = {
  Query: { groups: can('group.read'), group: can('group.read') },
  Mutation: {
    groupCreate: can('group.manage'),
    groupUpdate: can('group.manage'),
    groupDelete: can('group.manage'),
    groupMemberSet: can('group.manage'),
  },
  Group: { members: and(can('group.read'), can('user.read')) },
};
