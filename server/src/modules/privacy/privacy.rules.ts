import { chain } from 'graphql-shield';
import { can, isUser, recentlyAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const privacyRules: RuleTree = {
  Query: { myPersonalData: isUser, personalData: can('user.exportData') },
  Mutation: {
    userErase: chain(can('user.erase'), recentlyAuthenticated),
    customerErase: chain(can('customer.update'), recentlyAuthenticated),
  },
};
