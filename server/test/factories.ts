import type { BuiltInGroup } from '../src/modules/group/group.entity.js';
import { createSite } from '../src/modules/site/site.service.js';
import type { TestServer } from './harness.js';

export const TEST_PASSWORD = 'a-long-enough-test-passphrase';

export type GivenSite = {
  id: string;
  slug: string;
  users: Record<string, { id: string; email: string }>;
};

/** A site with one user per named role, all with TEST_PASSWORD. */
export async function givenSite(
  server: TestServer,
  slug: string,
  people: Record<string, BuiltInGroup> = {
    admin: 'administrators',
    manager: 'managers',
    employee: 'employees',
  },
): Promise<GivenSite> {
  return server.operator(async em => {
    const { site, users } = await createSite(em, {
      slug,
      name: `Site ${slug}`,
      users: Object.entries(people).map(([name, group]) => ({
        email: `${name}@${slug}.example`,
        displayName: `${name[0]!.toUpperCase()}${name.slice(1)} of ${slug}`,
        group,
        password: TEST_PASSWORD,
      })),
    });
    const byName = Object.fromEntries(
      Object.keys(people).map((name, i) => [name, { id: users[i]!.id, email: users[i]!.email }]),
    );
    return { id: site.id, slug: site.slug, users: byName };
  });
}
