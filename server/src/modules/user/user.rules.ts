import { can, isAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const userRules: RuleTree = {
  Query: { users: can('user.read'), user: can('user.read') },
  Mutation: {
    userCreate: can('user.create'),
    userUpdate: can('user.update'),
    userDeactivate: can('user.deactivate'),
    userReactivate: can('user.deactivate'),
  },
  // Reaching a User at all already took user.read or being the viewer.
  User: { groups: isAuthenticated },
};
