import type { EntityManager } from '@mikro-orm/postgresql';
import { displayNameSchema, emailSchema, siteSlugSchema } from '@horae/shared/validation';
import { appendAudit } from '../audit/audit.service.js';
import { SAMPLE_BREACHED_FILE } from '../auth/breached.js';
import { hashPassword } from '../auth/password-hash.js';
import { checkNewPassword } from '../auth/password-policy.js';
import { GroupMembership } from '../group/group.entity.js';
import { createBuiltInGroups } from '../group/group.service.js';
import type { BuiltInGroup } from '../group/group.entity.js';
import { User } from '../user/user.entity.js';
import { Site } from './site.entity.js';

export type SeedUser = {
  email: string;
  displayName: string;
  group: BuiltInGroup;
  password: string | null;
};

export class SiteInputError extends Error {}

function must<T>(
  result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
  what: string,
): T {
  if (!result.success)
    throw new SiteInputError(`${what}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

/**
 * Creates a site with its built-in groups and first users. Operator-level: runs on the owner
 * connection from the CLI, inside the caller's transaction.
 */
export async function createSite(
  em: EntityManager,
  input: { slug: string; name: string; users: SeedUser[]; breachedFile?: string },
): Promise<{ site: Site; users: User[] }> {
  const slug = must(siteSlugSchema.safeParse(input.slug), 'Site slug');
  const name = must(displayNameSchema.safeParse(input.name), 'Site name');
  if (await em.findOne(Site, { slug }))
    throw new SiteInputError(`A site with slug "${slug}" already exists.`);
  const site = em.create(Site, { slug, name });
  await em.flush();
  await em.execute(`select set_config('app.site_id', ?, true)`, [site.id]);
  em.setFilterParams('site', { siteId: site.id });
  const groups = createBuiltInGroups(em, site.id);
  await em.flush();
  await appendAudit(em, {
    siteId: site.id,
    action: 'site.created',
    actorType: 'system',
    targetType: 'site',
    targetId: site.id,
    data: { slug, name },
  });

  const users: User[] = [];
  for (const seed of input.users) {
    const email = must(emailSchema.safeParse(seed.email), 'Email');
    const displayName = must(displayNameSchema.safeParse(seed.displayName), 'Name');
    if (seed.password !== null) {
      const problems = await checkNewPassword(seed.password, {
        breachedFile: input.breachedFile ?? SAMPLE_BREACHED_FILE,
        userInputs: [displayName, email, name, slug],
        minScore: site.minPasswordScore,
      });
      if (problems.length)
        throw new SiteInputError(
          `Password for ${email}: ${problems.map(p => p.message).join(' ')}`,
        );
    }
    const user = em.create(User, {
      site: site.id,
      email,
      displayName,
      status: 'active',
      passwordHash: seed.password === null ? null : await hashPassword(seed.password),
    });
    em.create(GroupMembership, { site: site.id, user, group: groups[seed.group] });
    await em.flush();
    await appendAudit(em, {
      siteId: site.id,
      action: 'user.created',
      actorType: 'system',
      targetType: 'user',
      targetId: user.id,
      data: { after: { email, displayName, groups: [groups[seed.group].name] } },
    });
    users.push(user);
  }
  return { site, users };
}
