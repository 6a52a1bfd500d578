import type pg from 'pg';
import { withClient } from '../src/core/database.js';
import { givenProject, type GivenSite } from './factories.js';
import type { TestServer } from './harness.js';

/** A project with `entries` time entries of the site's employee (arranged as operator). */
export async function givenTimeEntries(server: TestServer, site: GivenSite, entries: number) {
  const employee = site.users.employee!.id;
  const project = await givenProject(server, site, {
    code: site.slug.toUpperCase(),
    members: [employee],
  });
  await server.sql(
    `insert into time_entry (site_id, user_id, project_id, task_id, date, minutes, description)
     select $1, $2, $3, $4, date '2026-01-05' + i, 15 * i, 'Work item ' || i || E' — naïve\\ttab'
       from generate_series(1, $5) i`,
    [site.id, employee, project.projectId, project.taskIds.Development, entries],
  );
  return project;
}

type Fingerprint = Record<string, { rows: number; md5: string }>;

/**
 * Row count and MD5 of every row (as text) per table, computed independently of the backup code:
 * of one site (tables with site_id, and its site row), or of everything.
 */
export async function fingerprint(url: string, siteId?: string): Promise<Fingerprint> {
  return withClient(url, async (client: pg.Client) => {
    const tables = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'mikro_orm_migrations'
          and ($1::boolean is false or table_name = 'site' or exists (
            select 1 from information_schema.columns c
             where c.table_schema = 'public' and c.table_name = tables.table_name and c.column_name = 'site_id'))
        order by 1`,
      [siteId !== undefined],
    );
    const result: Fingerprint = {};
    for (const { table_name: name } of tables.rows) {
      const where =
        siteId === undefined ? '' : name === 'site' ? `where id = $1` : `where site_id = $1`;
      const row = await client.query<{ rows: string; md5: string }>(
        `select count(*) as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5
           from "${name}" t ${where}`,
        siteId === undefined ? [] : [siteId],
      );
      result[name] = { rows: Number(row.rows[0]!.rows), md5: row.rows[0]!.md5 };
    }
    return result;
  });
}
