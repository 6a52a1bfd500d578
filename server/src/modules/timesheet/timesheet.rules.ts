import { can, isAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const timesheetRules: RuleTree = {
  Query: { timesheet: can('timesheet.read'), timesheets: can('timesheet.read') },
  Mutation: {
    timesheetSubmit: can('timesheet.submit'),
    timesheetApprove: can('timesheet.approve'),
    timesheetReject: can('timesheet.approve'),
    timesheetReopen: can('timesheet.reopen'),
  },
  Timesheet: { user: isAuthenticated, decidedBy: isAuthenticated, entries: isAuthenticated },
};
