import { chain } from 'graphql-shield';
import {
  can,
  isUser,
  isPublic,
  recentlyAuthenticated,
  type RuleTree,
} from '../../graphql/rules.js';

/** A person's own sensitive change: signed in as a person, proof within 10 minutes. */
const sensitive = chain(isUser, recentlyAuthenticated);

export const authRules: RuleTree = {
  Query: { viewer: isUser, mySessions: isUser },
  Mutation: {
    login: isPublic,
    logout: isPublic,
    sessionRevoke: isUser,
    passwordCheck: isUser,
    passwordChange: sensitive,
    reauthenticate: isUser,
    sessionRevokeOthers: sensitive,
    // The second sign-in step is public: it needs the pending session from the password step.
    loginMfa: isPublic,
    mfaEnrollStart: sensitive,
    mfaEnrollConfirm: sensitive,
    mfaDisable: sensitive,
    mfaRecoveryCodesRegenerate: sensitive,
  },
  // For whoever decides on deactivating the person (the confirmation says how many end).
  User: { activeSessionCount: can('user.deactivate') },
};
