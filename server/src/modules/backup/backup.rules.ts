import { can, type RuleTree } from '../../graphql/rules.js';

export const backupRules: RuleTree = {
  Query: { backups: can('backup.read') },
};
