import { and } from 'graphql-shield';
import { can, isAuthenticated, isUser, type RuleTree } from '../../graphql/rules.js';

export const timeEntryRules: RuleTree = {
  Query: { timeEntries: can('timeEntry.read'), timer: and(isUser, can('timeEntry.create')) },
  Mutation: {
    timeEntryCreate: can('timeEntry.create'),
    timeEntryUpdate: can('timeEntry.update'),
    timeEntryDelete: can('timeEntry.delete'),
    timerStart: and(isUser, can('timeEntry.create')),
    timerStop: and(isUser, can('timeEntry.create')),
  },
  TimeEntry: { user: isAuthenticated, project: isAuthenticated, task: isAuthenticated },
  Timer: { project: isAuthenticated, task: isAuthenticated },
};
