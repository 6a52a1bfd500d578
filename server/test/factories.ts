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

export type GivenProject = {
  customerId: string;
  projectId: string;
  taskIds: Record<string, string>;
};

/**
 * A customer with one project and tasks, arranged directly in the database (operator role).
 * Rates are minor units per hour.
 */
export async function givenProject(
  server: TestServer,
  site: GivenSite,
  opts: {
    code: string;
    members?: string[];
    leadId?: string | null;
    hourlyRate?: number | null;
    tasks?: Record<string, { billable?: boolean; hourlyRate?: number | null }>;
    billableByDefault?: boolean;
  },
): Promise<GivenProject> {
  const { Customer } = await import('../src/modules/customer/customer.entity.js');
  const { Project, ProjectMember, Task } = await import('../src/modules/project/project.entity.js');
  return server.operator(async em => {
    em.setFilterParams('site', { siteId: site.id });
    const customer = em.create(Customer, {
      site: site.id,
      name: `Customer of ${opts.code}`,
      currency: 'EUR',
    });
    const project = em.create(Project, {
      site: site.id,
      customer,
      name: `Project ${opts.code}`,
      code: opts.code,
      hourlyRate: opts.hourlyRate ?? null,
      lead: opts.leadId ?? null,
      billableByDefault: opts.billableByDefault ?? true,
    });
    for (const userId of opts.members ?? [])
      em.create(ProjectMember, { site: site.id, project, user: userId });
    const tasks = Object.entries(opts.tasks ?? { Development: {} }).map(([name, t]) =>
      em.create(Task, {
        site: site.id,
        project,
        name,
        billable: t.billable ?? true,
        hourlyRate: t.hourlyRate ?? null,
      }),
    );
    await em.flush();
    return {
      customerId: customer.id,
      projectId: project.id,
      taskIds: Object.fromEntries(tasks.map(t => [t.name, t.id])),
    };
  });
}
