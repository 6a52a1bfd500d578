import { AuditEvent } from './audit/audit-event.entity.js';
import { Session } from './auth/session.entity.js';
import { Group, GroupMembership } from './group/group.entity.js';
import { Site } from './site/site.entity.js';
import { User } from './user/user.entity.js';

export const entities = [Site, User, Group, GroupMembership, Session, AuditEvent];

/** Entities carrying `site_id`: the ORM's `site` filter and the RLS policies cover exactly these. */
export const tenantEntityNames = ['User', 'Group', 'GroupMembership', 'Session', 'AuditEvent'];
