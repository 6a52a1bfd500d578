import { isAuthenticated, isPublic, type RuleTree } from '../../graphql/rules.js';

export const authRules: RuleTree = {
  Query: { viewer: isAuthenticated, mySessions: isAuthenticated },
  Mutation: {
    login: isPublic,
    logout: isPublic,
    sessionRevoke: isAuthenticated,
    passwordCheck: isAuthenticated,
    passwordChange: isAuthenticated,
    // The second sign-in step is public: it needs the pending session from the password step.
    loginMfa: isPublic,
    mfaEnrollStart: isAuthenticated,
    mfaEnrollConfirm: isAuthenticated,
    mfaDisable: isAuthenticated,
  },
};
