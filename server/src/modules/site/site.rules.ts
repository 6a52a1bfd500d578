import { can, type RuleTree } from '../../graphql/rules.js';

export const siteRules: RuleTree = {
  Query: { siteSettings: can('site.read') },
  Mutation: { siteSettingsUpdate: can('site.update') },
};
