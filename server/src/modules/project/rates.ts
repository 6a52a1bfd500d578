import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The hourly rate (minor units) for a piece of work: task -> project -> user -> site, the first
 * that is set. One statement per call.
 */
export async function resolveRate(
  em: EntityManager,
  input: { siteId: string; projectId: string; taskId: string | null; userId: string },
): Promise<number> {
  const rows = await em.execute<{ rate: number }[]>(
    `select coalesce(
       (select hourly_rate from task where id = ?::uuid),
       (select hourly_rate from project where id = ?),
       (select hourly_rate from app_user where id = ?),
       (select default_hourly_rate from site where id = ?)
     )::int as rate`,
    [input.taskId, input.projectId, input.userId, input.siteId],
  );
  return rows[0]?.rate ?? 0;
}
