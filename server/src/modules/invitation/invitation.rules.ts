import { can, isPublic, type RuleTree } from '../../graphql/rules.js';

export const invitationRules: RuleTree = {
  Mutation: {
    // Reached from a mail, before signing in: the secret in the link is the authorisation.
    passwordResetRequest: isPublic,
    passwordReset: isPublic,
    invitationAccept: isPublic,
    userInvite: can('user.create'),
  },
};
