import { can, type RuleTree } from '../../graphql/rules.js';

export const auditRules: RuleTree = {
  Query: { auditEvents: can('audit.read'), auditChainVerify: can('audit.verify') },
};
