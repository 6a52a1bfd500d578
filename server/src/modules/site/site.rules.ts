import { chain } from 'graphql-shield';
import { can, recentlyAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const siteRules: RuleTree = {
  Query: { siteSettings: can('site.read') },
  Mutation: { siteSettingsUpdate: chain(can('site.update'), recentlyAuthenticated) },
};
