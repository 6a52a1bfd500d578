import { AuditEvent } from './audit/audit-event.entity.js';
import { Session } from './auth/session.entity.js';
import { Group, GroupMembership } from './group/group.entity.js';
import { Site } from './site/site.entity.js';
import { User } from './user/user.entity.js';
import { Customer } from './customer/customer.entity.js';
import { Invoice, InvoiceLine } from './invoice/invoice.entity.js';
import { Project, ProjectMember, Task } from './project/project.entity.js';
import { TimeEntry, Timer } from './time-entry/time-entry.entity.js';
import { Timesheet } from './timesheet/timesheet.entity.js';
import { LoginAttempt, LoginBlock } from './throttle/throttle.entity.js';
import { MfaFactor, RecoveryCode } from './mfa/mfa.entity.js';
import { UserToken } from './invitation/user-token.entity.js';
import { AccountMailRequest } from './invitation/account-mail.entity.js';
import { SsoUsedState } from './sso/sso-state.entity.js';
import { Service, ServiceRequestWindow, ServiceToken } from './service/service.entity.js';
import { BackupRun } from './backup/backup.entity.js';
import { ImportUpload } from './import/import-upload.entity.js';

export const entities = [
  Site,
  User,
  Group,
  GroupMembership,
  Session,
  AuditEvent,
  Customer,
  Project,
  ProjectMember,
  Task,
  TimeEntry,
  Timer,
  Timesheet,
  Invoice,
  InvoiceLine,
  LoginAttempt,
  LoginBlock,
  AccountMailRequest,
  MfaFactor,
  RecoveryCode,
  UserToken,
  SsoUsedState,
  Service,
  ServiceToken,
  ServiceRequestWindow,
  BackupRun,
  ImportUpload,
];

/** Entities carrying `site_id`: the ORM's `site` filter and the RLS policies cover exactly these. */
export const tenantEntityNames = [
  'User',
  'Group',
  'GroupMembership',
  'Session',
  'AuditEvent',
  'Customer',
  'Project',
  'ProjectMember',
  'Task',
  'TimeEntry',
  'Timer',
  'Timesheet',
  'Invoice',
  'InvoiceLine',
  'MfaFactor',
  'RecoveryCode',
  'UserToken',
  'SsoUsedState',
  'Service',
  'ServiceToken',
  'BackupRun',
  'ImportUpload',
];
