import { can, isAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const timeEntryRules: RuleTree = {
  Query: { timeEntries: can('timeEntry.read'), timer: can('timeEntry.create') },
  Mutation: {
    timeEntryCreate: can('timeEntry.create'),
    timeEntryUpdate: can('timeEntry.update'),
    timeEntryDelete: can('timeEntry.delete'),
    timerStart: can('timeEntry.create'),
    timerStop: can('timeEntry.create'),
  },
  TimeEntry: { user: isAuthenticated, project: isAuthenticated, task: isAuthenticated },
  Timer: { project: isAuthenticated, task: isAuthenticated },
};
