import { can, isPublic, type RuleTree } from '../../graphql/rules.js';

export const ssoRules: RuleTree = {
  // The sign-in page asks before anyone is signed in.
  Query: { siteSignInOptions: isPublic },
  SiteSettings: { ssoCallbackUrl: can('site.read') },
};
