import type { EntityManager } from '@mikro-orm/postgresql';
import { generatePassword } from '../core/secrets.js';
import { Site } from '../modules/site/site.entity.js';
import { createSite, type SeedUser } from '../modules/site/site.service.js';

export const DEMO_SLUG = 'demo';

export const DEMO_USERS: Omit<SeedUser, 'password'>[] = [
  { email: 'admin@demo.example', displayName: 'Ada Admin', group: 'administrators' },
  { email: 'manager@demo.example', displayName: 'Mona Manager', group: 'managers' },
  { email: 'employee@demo.example', displayName: 'Emil Employee', group: 'employees' },
];

export type DemoSeedResult =
  { created: false } | { created: true; password: string; generated: boolean };

/** Creates the demo site unless it exists. The password is HORAE_DEMO_PASSWORD or generated. */
export async function seedDemo(
  em: EntityManager,
  demoPassword: string | undefined,
): Promise<DemoSeedResult> {
  if (await em.findOne(Site, { slug: DEMO_SLUG })) return { created: false };
  const password = demoPassword ?? generatePassword(20);
  await createSite(em, {
    slug: DEMO_SLUG,
    name: 'Demo Consultancy',
    users: DEMO_USERS.map(u => ({ ...u, password })),
  });
  return { created: true, password, generated: demoPassword === undefined };
}

export async function countSites(em: EntityManager): Promise<number> {
  return em.count(Site, {});
}
