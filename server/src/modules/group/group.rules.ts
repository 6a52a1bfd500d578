import { and, chain } from 'graphql-shield';
import { can, recentlyAuthenticated, type RuleTree } from '../../graphql/rules.js';

/** Groups carry permissions: changing them needs a recent proof of who it is (SECURITY.md). */
const manageRecently = chain(can('group.manage'), recentlyAuthenticated);

export const groupRules: RuleTree = {
  Query: { groups: can('group.read'), group: can('group.read') },
  Mutation: {
    groupCreate: manageRecently,
    groupUpdate: manageRecently,
    groupDelete: manageRecently,
    groupMemberSet: manageRecently,
  },
  Group: { members: and(can('group.read'), can('user.read')) },
};
