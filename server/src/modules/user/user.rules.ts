import { chain } from 'graphql-shield';
import {
  can,
  isAuthenticated,
  recentlyAuthenticated,
  recentlyAuthenticatedWhen,
  type RuleTree,
} from '../../graphql/rules.js';

/** Groups carry permissions: changing someone's needs a recent proof; renaming them does not. */
const changesGroups = recentlyAuthenticatedWhen('groupIds', args => {
  const input = args.input as { groupIds?: unknown } | null | undefined;
  return input?.groupIds != null;
});

export const userRules: RuleTree = {
  Query: { users: can('user.read'), user: can('user.read') },
  Mutation: {
    userCreate: can('user.create'),
    userUpdate: chain(can('user.update'), changesGroups),
    userDeactivate: chain(can('user.deactivate'), recentlyAuthenticated),
    userReactivate: can('user.deactivate'),
  },
  // Reaching a User at all already took user.read or being the viewer.
  User: { groups: isAuthenticated },
};
