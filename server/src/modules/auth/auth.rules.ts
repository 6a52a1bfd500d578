import { isAuthenticated, isPublic, type RuleTree } from '../../graphql/rules.js';

export const authRules: RuleTree = {
  Query: { viewer: isAuthenticated, mySessions: isAuthenticated },
  Mutation: {
    login: isPublic,
    logout: isPublic,
    sessionRevoke: isAuthenticated,
    passwordCheck: isAuthenticated,
    passwordChange: isAuthenticated,
  },
};
