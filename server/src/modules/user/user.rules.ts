import { chain } from 'graphql-shield';
import { can, isAuthenticated, recentlyAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const userRules: RuleTree = {
  Query: { users: can('user.read'), user: can('user.read') },
  Mutation: {
    userCreate: can('user.create'),
    userUpdate: can('user.update'),
    userDeactivate: chain(can('user.deactivate'), recentlyAuthenticated),
    userReactivate: can('user.deactivate'),
  },
  // Reaching a User at all already took user.read or being the viewer.
  User: { groups: isAuthenticated },
};
