import {
  Arg,
  Ctx,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireUser } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { appendAudit, auditByUser } from '../audit/audit.service.js';
import { checkSsoSettings, SSO_INPUT_KEYS } from '../sso/sso-settings.js';
import { Site } from './site.entity.js';

export enum MfaRequirement {
  NONE = 'none',
  ADMINS = 'admins',
  ALL = 'all',
}
registerEnumType(MfaRequirement, { name: 'MfaRequirement' });
export enum SsoMode {
  OFF = 'off',
  OPTIONAL = 'optional',
  REQUIRED = 'required',
}
registerEnumType(SsoMode, { name: 'SsoMode' });

/** SECURITY.md ranges for what a site may choose. */
export const SETTING_RANGES = {
  minPasswordScore: [3, 4],
  sessionIdleMinutes: [15, 60],
  sessionAbsoluteHours: [4, 24],
  roundingMinutes: [1, 60],
} as const;

@ObjectType('SiteSettings', { simpleResolvers: true })
export class SiteSettings {
  @Field(() => Int, { description: 'Minimum zxcvbn score for new passwords (3 or 4).' })
  minPasswordScore!: number;
  @Field(() => MfaRequirement) mfaRequired!: MfaRequirement;
  @Field(() => SsoMode) ssoMode!: SsoMode;
  @Field(() => Int, { description: '15 to 60.' }) sessionIdleMinutes!: number;
  @Field(() => Int, { description: '4 to 24.' }) sessionAbsoluteHours!: number;
  @Field(() => String) timeZone!: string;
  @Field(() => String) currency!: string;
  @Field(() => Int, { description: 'Minor units per hour.' }) defaultHourlyRate!: number;
  @Field(() => Int, { description: 'Timer durations round up to this many minutes.' })
  roundingMinutes!: number;
  @Field(() => String, { nullable: true, description: 'OpenID Connect issuer URL for SSO.' })
  ssoIssuer!: string | null;
  @Field(() => String, { nullable: true }) ssoClientId!: string | null;
  @Field(() => Boolean, { description: 'A client secret is stored; it is never returned.' })
  ssoClientSecretSet!: boolean;
  @Field(() => Boolean, {
    description: 'People unknown to Horae who sign in with SSO are created in Employees.',
  })
  ssoAutoCreate!: boolean;

  static from(site: Site): SiteSettings {
    return Object.assign(new SiteSettings(), {
      minPasswordScore: site.minPasswordScore,
      mfaRequired: site.mfaRequired as MfaRequirement,
      ssoMode: site.ssoMode as SsoMode,
      sessionIdleMinutes: site.sessionIdleMinutes,
      sessionAbsoluteHours: site.sessionAbsoluteHours,
      timeZone: site.timeZone,
      currency: site.currency,
      defaultHourlyRate: site.defaultHourlyRate,
      roundingMinutes: site.roundingMinutes,
      ssoIssuer: site.ssoIssuer ?? null,
      ssoClientId: site.ssoClientId ?? null,
      ssoClientSecretSet: site.ssoClientSecret != null,
      ssoAutoCreate: site.ssoAutoCreate,
    });
  }
}

@InputType('SiteSettingsInput')
class SiteSettingsInput {
  @Field(() => Int, { nullable: true }) minPasswordScore?: number | null;
  @Field(() => MfaRequirement, { nullable: true }) mfaRequired?: MfaRequirement | null;
  @Field(() => Int, { nullable: true }) sessionIdleMinutes?: number | null;
  @Field(() => Int, { nullable: true }) sessionAbsoluteHours?: number | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => Int, { nullable: true }) defaultHourlyRate?: number | null;
  @Field(() => Int, { nullable: true }) roundingMinutes?: number | null;
  @Field(() => SsoMode, { nullable: true }) ssoMode?: SsoMode | null;
  @Field(() => String, { nullable: true, description: 'An empty string removes it.' })
  ssoIssuer?: string | null;
  @Field(() => String, { nullable: true, description: 'An empty string removes it.' })
  ssoClientId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Write-only: sets or replaces the secret; an empty string removes it.',
  })
  ssoClientSecret?: string | null;
  @Field(() => Boolean, { nullable: true }) ssoAutoCreate?: boolean | null;
}

@ObjectType('SiteSettingsPayload', { simpleResolvers: true })
class SiteSettingsPayload {
  @Field(() => SiteSettings, { nullable: true }) settings!: SiteSettings | null;
  @Field(() => [UserError]) errors!: UserError[];
}

function validTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

@Resolver()
export class SiteSettingsResolver {
  @Query(() => SiteSettings, { description: 'Security and time settings of the viewer’s site.' })
  async siteSettings(@Ctx() ctx: RequestContext): Promise<SiteSettings> {
    return SiteSettings.from(await ctx.em.findOneOrFail(Site, requireUser(ctx).siteId));
  }

  @Mutation(() => SiteSettingsPayload, {
    description: 'Changes site settings; audited with before and after.',
  })
  async siteSettingsUpdate(
    @Arg('input', () => SiteSettingsInput) input: SiteSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SiteSettingsPayload> {
    const actor = requireUser(ctx);
    const site = await ctx.em.findOneOrFail(Site, actor.siteId);
    const errors: UserError[] = [];
    const ranged = [
      'minPasswordScore',
      'sessionIdleMinutes',
      'sessionAbsoluteHours',
      'roundingMinutes',
    ] as const;
    for (const key of ranged) {
      const value = input[key];
      const [min, max] = SETTING_RANGES[key];
      if (value != null && (value < min || value > max)) {
        errors.push(UserError.of('OUT_OF_RANGE', `Choose a value from ${min} to ${max}.`, key));
      }
    }
    if (input.timeZone != null && !validTimeZone(input.timeZone)) {
      errors.push(
        UserError.of(
          'INVALID_TIME_ZONE',
          'Use an IANA time zone such as Europe/Amsterdam.',
          'timeZone',
        ),
      );
    }
    if (input.defaultHourlyRate != null && input.defaultHourlyRate < 0) {
      errors.push(UserError.of('INVALID_RATE', 'A rate cannot be negative.', 'defaultHourlyRate'));
    }
    const sso = await checkSsoSettings(ctx, site, input);
    errors.push(...sso.errors);
    if (errors.length) return Object.assign(new SiteSettingsPayload(), { settings: null, errors });
    const before = SiteSettings.from(site);
    for (const [key, value] of Object.entries(input)) {
      if (SSO_INPUT_KEYS.has(key)) continue;
      if (value !== null && value !== undefined) (site as Record<string, unknown>)[key] = value;
    }
    const ssoSecretChanged = sso.apply();
    await ctx.em.flush();
    const after = SiteSettings.from(site);
    const changed = (Object.keys(after) as (keyof SiteSettings)[]).filter(
      k => after[k] !== before[k],
    );
    if (changed.length) {
      await appendAudit(ctx.em, {
        siteId: actor.siteId,
        action: 'site.settings_updated',
        actorType: 'user',
        actorId: actor.userId,
        targetType: 'site',
        targetId: actor.siteId,
        ip: ctx.ip,
        requestId: ctx.requestId,
        data: {
          before: Object.fromEntries(changed.map(k => [k, before[k]])),
          after: Object.fromEntries(changed.map(k => [k, after[k]])),
        },
      });
    }
    if (ssoSecretChanged) {
      await auditByUser(ctx, actor, 'site.sso_client_secret_changed', {
        type: 'site',
        id: actor.siteId,
      });
    }
    return Object.assign(new SiteSettingsPayload(), { settings: after, errors: [] });
  }
}
