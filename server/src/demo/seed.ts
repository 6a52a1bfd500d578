import type { EntityManager } from '@mikro-orm/postgresql';
import { generatePassword } from '../core/secrets.js';
import { Site } from '../modules/site/site.entity.js';
import { createSite, type SeedUser } from '../modules/site/site.service.js';
import { todayIn } from '@horae/shared/time';
import { Group, GroupMembership } from '../modules/group/group.entity.js';
import { seedBusinessData } from './business.js';

export const DEMO_SLUG = 'demo';

export const DEMO_USERS: Omit<SeedUser, 'password'>[] = [
  { email: 'admin@demo.example', displayName: 'Ada Admin', group: 'administrators' },
  { email: 'manager@demo.example', displayName: 'Mona Manager', group: 'managers' },
  { email: 'employee@demo.example', displayName: 'Emil Employee', group: 'employees' },
];

/** The rest of the demo team: same password, not printed. */
export const DEMO_TEAM: Omit<SeedUser, 'password'>[] = [
  { email: 'lena.devries@demo.example', displayName: 'Lena de Vries', group: 'managers' },
  { email: 'tom.bakker@demo.example', displayName: 'Tom Bakker', group: 'employees' },
  { email: 'sara.jansen@demo.example', displayName: 'Sara Jansen', group: 'employees' },
  { email: 'youssef.elamrani@demo.example', displayName: 'Youssef El Amrani', group: 'employees' },
  { email: 'noor.visser@demo.example', displayName: 'Noor Visser', group: 'employees' },
  { email: 'pieter.smit@demo.example', displayName: 'Pieter Smit', group: 'employees' },
  { email: 'julia.meijer@demo.example', displayName: 'Julia Meijer', group: 'employees' },
  { email: 'daan.mulder@demo.example', displayName: 'Daan Mulder', group: 'employees' },
  { email: 'eva.bos@demo.example', displayName: 'Eva Bos', group: 'employees' },
];

export type DemoSeedResult =
  { created: false } | { created: true; password: string; generated: boolean; entries: number };

/** Creates the demo site unless it exists. The password is HORAE_DEMO_PASSWORD or generated. */
export async function seedDemo(
  em: EntityManager,
  demoPassword: string | undefined,
  options: { entries?: number } = {},
): Promise<DemoSeedResult> {
  if (await em.findOne(Site, { slug: DEMO_SLUG })) return { created: false };
  const password = demoPassword ?? generatePassword(20);
  const { site, users } = await createSite(em, {
    slug: DEMO_SLUG,
    name: 'Demo Consultancy',
    users: [...DEMO_USERS, ...DEMO_TEAM].map(u => ({ ...u, password })),
  });
  // Mona manages the Employees group: their weeks land in her approvals inbox (team scope).
  const employees = await em.findOneOrFail(Group, { builtIn: 'employees' });
  const mona = users.find(u => u.email === 'manager@demo.example')!;
  em.create(GroupMembership, { site: site.id, group: employees, user: mona, isManager: true });
  await em.execute(`update site set default_hourly_rate = 8500 where id = ?`, [site.id]);
  await em.flush();
  const business = await seedBusinessData(em, site.id, todayIn(site.timeZone), {
    extraEntries: options.entries,
  });
  return {
    created: true,
    password,
    generated: demoPassword === undefined,
    entries: business.entries,
  };
}

export async function countSites(em: EntityManager): Promise<number> {
  return em.count(Site, {});
}
