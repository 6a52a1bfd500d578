import type { EntityManager } from '@mikro-orm/postgresql';
import { initOrm } from './orm.js';

/** Runs `fn` in one transaction on the owner connection (operator commands, seeding, tests). */
export async function asOperator<T>(
  ownerUrl: string,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const orm = await initOrm(ownerUrl, { pool: { min: 0, max: 2 } });
  try {
    return await orm.em.fork().transactional(async em => fn(em as EntityManager));
  } finally {
    await orm.close(true);
  }
}
