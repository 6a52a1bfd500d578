import {
  isPermission,
  SERVICE_DEFAULT_PERMISSIONS,
  SERVICE_PERMISSIONS,
} from '@horae/shared/permissions';
import type { Actor, RequestContext } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { auditByUser } from '../audit/audit.service.js';
import { Service, ServiceToken } from './service.entity.js';
import { newTokenSecret, parseAllowedIp, servicePermissions } from './token.service.js';

export type ServiceInput = {
  name?: string | null;
  description?: string | null;
  contact?: string | null;
  allowedIps?: string[] | null;
  permissions?: string[] | null;
  requestsPerMinute?: number | null;
};

export type ServiceResult = { service: Service | null; errors: UserError[] };

const failed = (code: string, message: string, field: string | null = null): ServiceResult => ({
  service: null,
  errors: [UserError.of(code, message, field)],
});

export const QUOTA_RANGE = [1, 10_000] as const;
/** A preview token lives this long: enough to look around, too short to be worth stealing. */
export const PREVIEW_MINUTES = 10;

/** Checks the input; returns the normalised values to store or the first problem. */
function checkInput(input: ServiceInput): Partial<Service> | UserError {
  const values: Partial<Service> = {};
  if (input.name !== undefined && input.name !== null) {
    const name = input.name.trim();
    if (!name) return UserError.of('NAME_REQUIRED', 'Give the service a name.', 'name');
    if (name.length > 100) {
      return UserError.of('NAME_TOO_LONG', 'A service name has at most 100 characters.', 'name');
    }
    values.name = name;
  }
  if (input.description !== undefined && input.description !== null) {
    if (input.description.length > 1000) {
      return UserError.of(
        'TOO_LONG',
        'The description has at most 1000 characters.',
        'description',
      );
    }
    values.description = input.description.trim();
  }
  if (input.contact !== undefined && input.contact !== null) {
    if (input.contact.length > 200) {
      return UserError.of('TOO_LONG', 'The contact has at most 200 characters.', 'contact');
    }
    values.contact = input.contact.trim();
  }
  if (input.allowedIps !== undefined && input.allowedIps !== null) {
    const entries = input.allowedIps.map(e => e.trim()).filter(Boolean);
    if (entries.length > 50) {
      return UserError.of('TOO_MANY', 'List at most 50 addresses or ranges.', 'allowedIps');
    }
    const bad = entries.find(e => !parseAllowedIp(e));
    if (bad !== undefined) {
      return UserError.of(
        'INVALID_ADDRESS',
        `"${bad}" is not an IP address or CIDR range (for example 203.0.113.7 or 2001:db8::/48).`,
        'allowedIps',
      );
    }
    values.allowedIps = [...new Set(entries)];
  }
  if (input.permissions !== undefined && input.permissions !== null) {
    for (const p of input.permissions) {
      if (!isPermission(p)) {
        return UserError.of(
          'UNKNOWN_PERMISSION',
          `"${p}" is not a permission of the catalog (resource.action).`,
          'permissions',
        );
      }
      if (!SERVICE_PERMISSIONS.includes(p)) {
        return UserError.of(
          'NOT_FOR_SERVICES',
          `A service cannot hold "${p}": administering the site, its people's access, services and signed decisions stay with people.`,
          'permissions',
        );
      }
    }
    values.permissions = [...new Set(input.permissions)].sort();
  }
  if (input.requestsPerMinute !== undefined && input.requestsPerMinute !== null) {
    const n = input.requestsPerMinute;
    if (!Number.isInteger(n) || n < QUOTA_RANGE[0] || n > QUOTA_RANGE[1]) {
      return UserError.of(
        'OUT_OF_RANGE',
        `The quota is between ${QUOTA_RANGE[0]} and ${QUOTA_RANGE[1]} requests per minute.`,
        'requestsPerMinute',
      );
    }
    values.requestsPerMinute = n;
  }
  return values;
}

function snapshot(s: Service) {
  return {
    name: s.name,
    description: s.description,
    contact: s.contact,
    allowedIps: [...s.allowedIps],
    permissions: [...servicePermissions(s.permissions)].sort(),
    requestsPerMinute: s.requestsPerMinute,
  };
}

function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

async function nameTaken(ctx: RequestContext, name: string, exceptId?: string) {
  const other = await ctx.em.findOne(Service, { name });
  return other !== null && other.id !== exceptId;
}

export async function createService(
  ctx: RequestContext,
  actor: Actor,
  input: ServiceInput & { name: string },
): Promise<ServiceResult> {
  const values = checkInput(input);
  if (values instanceof UserError) return { service: null, errors: [values] };
  if (await nameTaken(ctx, values.name!)) {
    return failed('NAME_TAKEN', `There is already a service called "${values.name}".`, 'name');
  }
  const service = ctx.em.create(Service, {
    site: actor.siteId,
    name: values.name!,
    description: values.description ?? '',
    contact: values.contact ?? '',
    allowedIps: values.allowedIps ?? [],
    permissions: values.permissions ?? [...SERVICE_DEFAULT_PERMISSIONS],
    fieldExposure: {},
    requestsPerMinute: values.requestsPerMinute ?? 600,
  });
  await ctx.em.flush();
  await auditByUser(
    ctx,
    actor,
    'service.created',
    { type: 'service', id: service.id },
    {
      after: snapshot(service),
    },
  );
  return { service, errors: [] };
}

export async function updateService(
  ctx: RequestContext,
  actor: Actor,
  id: string,
  input: ServiceInput,
): Promise<ServiceResult> {
  const service = await ctx.em.findOne(Service, { id });
  if (!service) return failed('NOT_FOUND', 'There is no such service on this site.', 'id');
  const values = checkInput(input);
  if (values instanceof UserError) return { service: null, errors: [values] };
  if (values.name && (await nameTaken(ctx, values.name, service.id))) {
    return failed('NAME_TAKEN', `There is already a service called "${values.name}".`, 'name');
  }
  const before = snapshot(service);
  Object.assign(service, values);
  await ctx.em.flush();
  const diff = changes(before, snapshot(service));
  if (Object.keys(diff.after).length) {
    await auditByUser(ctx, actor, 'service.updated', { type: 'service', id: service.id }, diff);
  }
  return { service, errors: [] };
}

export async function deleteService(
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<{ deletedId: string | null; errors: UserError[] }> {
  const service = await ctx.em.findOne(Service, { id });
  if (!service) {
    return {
      deletedId: null,
      errors: [UserError.of('NOT_FOUND', 'There is no such service on this site.', 'id')],
    };
  }
  const tokens = await ctx.em.count(ServiceToken, { service: service.id, revokedAt: null });
  await auditByUser(
    ctx,
    actor,
    'service.deleted',
    { type: 'service', id: service.id },
    {
      before: { ...snapshot(service), activeTokens: tokens },
    },
  );
  // Its tokens go with it (on delete cascade): they stop working at once.
  await ctx.em.nativeDelete(Service, { id: service.id });
  return { deletedId: id, errors: [] };
}

export type TokenResult = {
  token: ServiceToken | null;
  secret: string | null;
  errors: UserError[];
};

export async function createToken(
  ctx: RequestContext,
  actor: Actor,
  input: { serviceId: string; name: string; expiresAt?: Date | null; preview?: boolean },
): Promise<TokenResult> {
  const fail = (code: string, message: string, field: string) => ({
    token: null,
    secret: null,
    errors: [UserError.of(code, message, field)],
  });
  const service = await ctx.em.findOne(Service, { id: input.serviceId });
  if (!service) return fail('NOT_FOUND', 'There is no such service on this site.', 'serviceId');
  const name = input.name.trim();
  if (!name || name.length > 100) {
    return fail(
      'NAME_REQUIRED',
      'Name the token (at most 100 characters), e.g. where it is used.',
      'name',
    );
  }
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    return fail('EXPIRY_IN_PAST', 'The expiry date must be in the future.', 'expiresAt');
  }
  const { secret, prefix, hash } = newTokenSecret();
  const token = ctx.em.create(ServiceToken, {
    site: actor.siteId,
    service: service.id,
    name,
    prefix,
    tokenHash: hash,
    preview: input.preview ?? false,
    createdBy: actor.kind === 'user' ? actor.userId : null,
    expiresAt: input.expiresAt ?? null,
  });
  await ctx.em.flush();
  await auditByUser(
    ctx,
    actor,
    input.preview ? 'service.preview_started' : 'service.token_created',
    { type: 'service', id: service.id },
    { token: token.id, name, prefix, expiresAt: token.expiresAt?.toISOString() ?? null },
  );
  return { token, secret, errors: [] };
}

export async function revokeToken(
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<{ token: ServiceToken | null; errors: UserError[] }> {
  const token = await ctx.em.findOne(ServiceToken, { id });
  if (!token) {
    return { token: null, errors: [UserError.of('NOT_FOUND', 'There is no such token.', 'id')] };
  }
  if (!token.revokedAt) {
    token.revokedAt = new Date();
    await ctx.em.flush();
    await auditByUser(
      ctx,
      actor,
      'service.token_revoked',
      { type: 'service', id: token.service.id },
      {
        token: token.id,
        name: token.name,
        prefix: token.prefix,
      },
    );
  }
  return { token, errors: [] };
}
