/**
 * The two servers under test, each started in its own process so that its peak memory is its own:
 *   horae     the real app (createApp) with a SQL statement counter
 *   baseline  node:http + pg running the equivalent SQL and returning the same JSON
 * Both expose GET /__stats -> { statements, maxRssMiB }.
 */
import 'reflect-metadata';
import express from 'express';
import http from 'node:http';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/core/config.js';
import { createLogger } from '../src/core/logger.js';

const [kind, appUrl, portText] = process.argv.slice(2);
const port = Number(portText);
let statements = 0;
const stats = () =>
  JSON.stringify({ statements, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) });

async function horae() {
  const config = loadConfig({ NODE_ENV: 'production', PORT: String(port), LOG_LEVEL: 'silent' });
  const app = await createApp(config, createLogger('silent'), appUrl!, {
    onQuery: () => statements++,
  });
  // The app's SPA fallback answers every other GET, so the stats route sits in front of it.
  const outer = express();
  outer.get('/__stats', (_req, res) => res.type('json').send(stats()));
  outer.use(app.app);
  outer.listen(port, '127.0.0.1', () => process.send?.('ready'));
}

type ListRow = {
  id: string;
  date: string;
  minutes: number;
  description: string;
  billable: boolean;
  status: string;
  uid: string;
  email: string;
  display_name: string;
  pid: string;
  pname: string;
  code: string;
  cid: string;
  cname: string;
  tid: string | null;
  tname: string | null;
};

const LIST_SQL = `
  select e.id, e.date::text, e.minutes, e.description, e.billable, e.status,
         u.id uid, u.email, u.display_name, p.id pid, p.name pname, p.code, c.id cid, c.name cname,
         t.id tid, t.name tname
    from time_entry e join app_user u on u.id = e.user_id join project p on p.id = e.project_id
    join customer c on c.id = p.customer_id left join task t on t.id = e.task_id
   order by e.date desc, e.id desc limit 50`;

function baseline(): Promise<void> {
  const pool = new pg.Pool({ connectionString: appUrl, max: 10 });
  const siteId = process.env.BENCH_SITE_ID!;
  const userId = process.env.BENCH_USER_ID!;
  const projectId = process.env.BENCH_PROJECT_ID!;
  async function inSite<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.site_id', $1, true)`, [siteId]);
      const result = await fn(client);
      await client.query('commit');
      statements += 4;
      return result;
    } finally {
      client.release();
    }
  }
  http
    .createServer((req, res) => {
      if (req.url === '/__stats') return res.end(stats());
      let body = '';
      req.on('data', c => (body += c));
      req.on('end', () => {
        const isCreate = body.includes('timeEntryCreate');
        const work = isCreate
          ? inSite(c =>
              c.query(
                `insert into time_entry (site_id, user_id, project_id, date, minutes, description)
                 values ($1, $2, $3, current_date, 30, 'bench') returning id, date::text, minutes`,
                [siteId, userId, projectId],
              ),
            ).then(r => ({
              data: { timeEntryCreate: { timeEntry: r.rows[0] as unknown, errors: [] } },
            }))
          : inSite(c => c.query<ListRow>(LIST_SQL)).then(r => ({
              data: {
                timeEntries: {
                  nodes: r.rows.map(row => ({
                    id: row.id,
                    date: row.date,
                    minutes: row.minutes,
                    description: row.description,
                    billable: row.billable,
                    status: row.status.toUpperCase(),
                    user: { id: row.uid, email: row.email, displayName: row.display_name },
                    project: {
                      id: row.pid,
                      name: row.pname,
                      code: row.code,
                      customer: { id: row.cid, name: row.cname },
                    },
                    task: row.tid ? { id: row.tid, name: row.tname } : null,
                  })),
                },
              },
            }));
        work.then(
          json => {
            res.setHeader('content-type', 'application/json');
            res.end(JSON.stringify(json));
          },
          () => {
            res.statusCode = 500;
            res.end('{}');
          },
        );
      });
    })
    .listen(port, '127.0.0.1', () => process.send?.('ready'));
  return Promise.resolve();
}

// A normal exit on SIGTERM, so that a CPU profile (BENCH_CPU_PROF) gets written.
process.on('SIGTERM', () => process.exit(0));
await (kind === 'horae' ? horae() : baseline());
