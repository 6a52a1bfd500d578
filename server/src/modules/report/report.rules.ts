import { can, isAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const reportRules: RuleTree = {
  Query: { report: can('report.read') },
  // Reaching a ReportRow already took report.read; the row's ids are in the report anyway.
  ReportRow: {
    customer: isAuthenticated,
    project: isAuthenticated,
    task: isAuthenticated,
    user: isAuthenticated,
  },
};
