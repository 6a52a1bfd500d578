import type { NonEmptyArray } from 'type-graphql';
import type { RuleTree } from '../graphql/rules.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { authRules } from './auth/auth.rules.js';
import { GroupResolver } from './group/group.resolver.js';
import { groupRules } from './group/group.rules.js';
import { UserResolver } from './user/user.resolver.js';
import { userRules } from './user/user.rules.js';
import { TimeEntryResolver } from './time-entry/time-entry.resolver.js';
import { timeEntryRules } from './time-entry/time-entry.rules.js';
import { TimerResolver } from './time-entry/timer.resolver.js';
import { TimesheetResolver } from './timesheet/timesheet.resolver.js';
import { timesheetRules } from './timesheet/timesheet.rules.js';

/** Every module registers its resolvers and shield rules here, explicitly. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  UserResolver,
  GroupResolver,
  TimeEntryResolver,
  TimerResolver,
  TimesheetResolver,
];

export const ruleTrees: RuleTree[] = [
  authRules,
  userRules,
  groupRules,
  timeEntryRules,
  timesheetRules,
];
