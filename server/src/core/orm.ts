import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entities, tenantEntityNames } from '../modules/entities.js';
import { migrationsList } from '../migrations/index.js';

const migrationsPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

export type SiteFilterArgs = { siteId: string };

export function ormOptions(clientUrl: string, extra: Partial<Options> = {}): Options {
  return {
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true },
    debug: false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    // RLS policies and the session-resolving function are hand-written in the Security migration
    // (and checked by tenancy tests); the schema diff leaves them alone.
    schemaGenerator: { ignorePolicies: true, ignoreRoutines: true },
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      migrationsList,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
      snapshot: false,
    },
    filters: {
      // Mirrors the RLS policies: every tenant-owned entity is scoped to the actor's site.
      site: {
        cond: (args: SiteFilterArgs) => ({ site: args.siteId }),
        entity: tenantEntityNames,
        default: true,
      },
    },
    ...extra,
  };
}

export async function initOrm(clientUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, extra));
}
