import { chain } from 'graphql-shield';
import { can, isPublic, isUser, type RuleTree } from '../../graphql/rules.js';

export const invitationRules: RuleTree = {
  // Answers the same for every link that cannot be used; a usable one is the authorisation.
  Query: { passwordLinkRules: isPublic },
  Mutation: {
    // Reached from a mail, before signing in: the secret in the link is the authorisation.
    passwordResetRequest: isPublic,
    passwordReset: isPublic,
    invitationAccept: isPublic,
    userInvite: can('user.create'),
  },
  // Administration of the site's own people: not for partner integrations.
  User: { invitation: chain(isUser, can('user.read')) },
};
