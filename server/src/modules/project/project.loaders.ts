import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context.js';
import type { User } from '../user/user.entity.js';
import { Project, ProjectMember, Task } from './project.entity.js';

type ProjectLoaders = {
  /** Members of each project, ordered by name. */
  membersByProject: DataLoader<string, User[]>;
  /** Every task (archived too) of each project, ordered by name. */
  tasksByProject: DataLoader<string, Task[]>;
  /** Every project (archived too) of each customer, ordered by name. */
  projectsByCustomer: DataLoader<string, Project[]>;
};

/**
 * Per-request loaders, made on first use. The request context type belongs to the core, so they
 * live here, keyed by the context object and dropped with it.
 */
const perRequest = new WeakMap<RequestContext, ProjectLoaders>();

function groupBy<T>(ids: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const byId = new Map<string, T[]>(ids.map(id => [id, []]));
  for (const row of rows) byId.get(key(row))?.push(row);
  return ids.map(id => byId.get(id)!);
}

export function projectLoaders(ctx: RequestContext): ProjectLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const em = ctx.em;
    loaders = {
      membersByProject: new DataLoader(async ids => {
        const rows = await em.find(
          ProjectMember,
          { project: { $in: [...ids] } },
          { populate: ['user'], orderBy: { user: { displayName: 'asc', id: 'asc' } } },
        );
        return groupBy(ids, rows, m => m.project.id).map(ms => ms.map(m => m.user.getEntity()));
      }),
      tasksByProject: new DataLoader(async ids => {
        const rows = await em.find(
          Task,
          { project: { $in: [...ids] } },
          { orderBy: { name: 'asc', id: 'asc' } },
        );
        return groupBy(ids, rows, t => t.project.id);
      }),
      projectsByCustomer: new DataLoader(async ids => {
        const rows = await em.find(
          Project,
          { customer: { $in: [...ids] } },
          { orderBy: { name: 'asc', id: 'asc' } },
        );
        return groupBy(ids, rows, p => p.customer.id);
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

/** Forget what was loaded for a project (after a change in the same request). */
export function forgetProject(ctx: RequestContext, projectId: string, customerIds: string[] = []) {
  const loaders = perRequest.get(ctx);
  if (!loaders) return;
  loaders.membersByProject.clear(projectId);
  loaders.tasksByProject.clear(projectId);
  for (const id of customerIds) loaders.projectsByCustomer.clear(id);
}
