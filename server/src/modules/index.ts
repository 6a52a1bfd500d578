import type { NonEmptyArray } from 'type-graphql';
import type { RuleTree } from '../graphql/rules.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { authRules } from './auth/auth.rules.js';
import { SessionResolver } from './auth/session.resolver.js';
import { UserSessionsResolver } from './auth/user-sessions.resolver.js';
import { MfaResolver } from './mfa/mfa.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { auditRules } from './audit/audit.rules.js';
import { InvitationResolver } from './invitation/invitation.resolver.js';
import { invitationRules } from './invitation/invitation.rules.js';
import { UserInvitationResolver } from './invitation/user-invitation.resolver.js';
import { PasswordResolver } from './auth/password.resolver.js';
import { ReauthenticationResolver } from './auth/reauthentication.resolver.js';
import { SiteSettingsResolver } from './site/site-settings.resolver.js';
import { siteRules } from './site/site.rules.js';
import { SsoResolver, SsoSettingsResolver } from './sso/sso.resolver.js';
import { ssoRules } from './sso/sso.rules.js';
import { ThrottleResolver } from './throttle/throttle.resolver.js';
import { throttleRules } from './throttle/throttle.rules.js';
import { GroupResolver } from './group/group.resolver.js';
import { groupRules } from './group/group.rules.js';
import { UserResolver } from './user/user.resolver.js';
import { userRules } from './user/user.rules.js';
import { TimeEntryResolver } from './time-entry/time-entry.resolver.js';
import { timeEntryRules } from './time-entry/time-entry.rules.js';
import { TimerResolver } from './time-entry/timer.resolver.js';
import { TimesheetResolver } from './timesheet/timesheet.resolver.js';
import { timesheetRules } from './timesheet/timesheet.rules.js';
import { InvoiceLineResolver, InvoiceResolver } from './invoice/invoice.resolver.js';
import { invoiceRules } from './invoice/invoice.rules.js';
import { ReportResolver, ReportRowResolver } from './report/report.resolver.js';
import { reportRules } from './report/report.rules.js';
import { CustomerResolver } from './customer/customer.resolver.js';
import { customerRules } from './customer/customer.rules.js';
import { ProjectResolver } from './project/project.resolver.js';
import { projectRules } from './project/project.rules.js';
import { TaskResolver } from './project/task.resolver.js';
import { ServiceResolver } from './service/service.resolver.js';
import { serviceRules } from './service/service.rules.js';
import { AccessResolver, ExposureResolver } from './exposure/exposure.resolver.js';
import { PrivacyResolver } from './privacy/privacy.resolver.js';
import { privacyRules } from './privacy/privacy.rules.js';
import { exposureRules } from './exposure/exposure.rules.js';
import { BackupResolver } from './backup/backup.resolver.js';
import { backupRules } from './backup/backup.rules.js';
import { ImportReportResolver, ImportResolver } from './import/import.resolver.js';
import { importRules } from './import/import.rules.js';

/** Every module registers its resolvers and shield rules here, explicitly. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  SessionResolver,
  MfaResolver,
  AuditResolver,
  InvitationResolver,
  PasswordResolver,
  ReauthenticationResolver,
  SiteSettingsResolver,
  SsoResolver,
  SsoSettingsResolver,
  ThrottleResolver,
  UserResolver,
  UserSessionsResolver,
  UserInvitationResolver,
  GroupResolver,
  CustomerResolver,
  ProjectResolver,
  TaskResolver,
  TimeEntryResolver,
  TimerResolver,
  TimesheetResolver,
  InvoiceResolver,
  InvoiceLineResolver,
  ReportResolver,
  ReportRowResolver,
  ServiceResolver,
  ExposureResolver,
  AccessResolver,
  PrivacyResolver,
  BackupResolver,
  ImportResolver,
  ImportReportResolver,
];

export const ruleTrees: RuleTree[] = [
  auditRules,
  invitationRules,
  siteRules,
  ssoRules,
  throttleRules,
  authRules,
  userRules,
  groupRules,
  customerRules,
  projectRules,
  timeEntryRules,
  timesheetRules,
  invoiceRules,
  reportRules,
  serviceRules,
  exposureRules,
  privacyRules,
  backupRules,
  importRules,
];
