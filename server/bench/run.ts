/**
 * pnpm bench: Horae against a plain node:http + pg baseline on the large demo site.
 * Not a test: it prints figures. BENCH_ENTRIES (default 1000000), BENCH_SECONDS (default 30),
 * BENCH_CPU_PROF (a directory for a CPU profile of Horae's process).
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  APP_ROLE,
  ensureDatabaseExists,
  migrate,
  setAppRolePassword,
  withClient,
  withCredentials,
} from '../src/core/database.js';
import { freePort, startEmbeddedPostgres } from '../src/core/embedded-postgres.js';
import { createLogger } from '../src/core/logger.js';
import { asOperator } from '../src/core/operator.js';
import { seedDemo } from '../src/demo/seed.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PASSWORD = 'bench-password-long-enough';

const LIST = `{ timeEntries(first: 50) { nodes { id date minutes description billable status
  user { id email displayName } project { id name code customer { id name } } task { id name } } } }`;

type Row = {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  statementsPerReq: number;
  maxRssMiB: number;
  errors: number;
};

async function startChild(kind: string, appUrl: string, env: Record<string, string>) {
  const port = await freePort();
  const child: ChildProcess = fork(path.join(here, 'servers.ts'), [kind, appUrl, String(port)], {
    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of Horae's process, written when the bench ends.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env.BENCH_CPU_PROF && kind === 'horae'
        ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
        : []),
    ],
    cwd: path.join(here, '..'),
    env: { ...process.env, ...env },
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', code => reject(new Error(`${kind} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function measure(
  name: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  connections: number,
): Promise<Row> {
  const before = (await (await fetch(`${url}/__stats`)).json()) as { statements: number };
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections,
    duration: SECONDS,
    headers,
    body,
  });
  const after = (await (await fetch(`${url}/__stats`)).json()) as {
    statements: number;
    maxRssMiB: number;
  };
  return {
    name: `${name} c=${connections}`,
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    statementsPerReq: Number(
      ((after.statements - before.statements) / Math.max(1, result.requests.total)).toFixed(1),
    ),
    maxRssMiB: after.maxRssMiB,
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-bench-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(dir, createLogger('warn'));
  const children: ChildProcess[] = [];
  try {
    const ownerUrl = pg.ownerUrl('bench');
    await ensureDatabaseExists(ownerUrl);
    await migrate(ownerUrl);
    await setAppRolePassword(ownerUrl, 'bench-app-role');
    const appUrl = withCredentials(ownerUrl, APP_ROLE, 'bench-app-role');
    const started = Date.now();
    await asOperator(ownerUrl, em => seedDemo(em, PASSWORD, { entries: ENTRIES }));
    const ids = await withClient(ownerUrl, async c => {
      await c.query('analyze');
      const r = await c.query<{ site: string; usr: string; project: string; n: string }>(
        `select s.id site, u.id usr, (select id from project where site_id = s.id order by code limit 1) project,
                (select count(*) from time_entry) n
           from site s join app_user u on u.site_id = s.id where u.email = 'admin@demo.example'`,
      );
      return r.rows[0]!;
    });
    console.log(`seeded ${ids.n} time entries in ${((Date.now() - started) / 1000).toFixed(0)} s`);

    const env = { BENCH_SITE_ID: ids.site, BENCH_USER_ID: ids.usr, BENCH_PROJECT_ID: ids.project };
    const horae = await startChild('horae', appUrl, env);
    const baseline = await startChild('baseline', appUrl, env);
    children.push(horae.child, baseline.child);

    const login = await fetch(`${horae.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { errors { code } } }',
        variables: { i: { site: 'demo', email: 'admin@demo.example', password: PASSWORD } },
      }),
    });
    const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    const headers = { 'content-type': 'application/json', cookie };
    const list = JSON.stringify({ query: LIST });
    const create = JSON.stringify({
      query: `mutation($i: TimeEntryCreateInput!) { timeEntryCreate(input: $i) { timeEntry { id date minutes } errors { code } } }`,
      variables: {
        i: {
          projectId: ids.project,
          date: new Date().toISOString().slice(0, 10),
          minutes: 30,
          description: 'bench',
        },
      },
    });
    const check = await (
      await fetch(`${horae.url}/graphql`, { method: 'POST', headers, body: list })
    ).json();
    if ((check as { errors?: unknown }).errors)
      throw new Error(`list query failed: ${JSON.stringify(check)}`);

    // Warm-up, discarded.
    await autocannon({
      url: `${horae.url}/graphql`,
      method: 'POST',
      connections: 10,
      duration: 5,
      headers,
      body: list,
    });
    await autocannon({
      url: `${baseline.url}/graphql`,
      method: 'POST',
      connections: 10,
      duration: 5,
      headers,
      body: list,
    });

    const rows: Row[] = [];
    for (const connections of [10, 50]) {
      rows.push(await measure('timeEntries(50) horae   ', horae.url, list, headers, connections));
      rows.push(
        await measure('timeEntries(50) baseline', baseline.url, list, headers, connections),
      );
    }
    rows.push(await measure('timeEntryCreate horae   ', horae.url, create, headers, 10));
    rows.push(await measure('timeEntryCreate baseline', baseline.url, create, headers, 10));
    console.table(rows);
    for (let i = 0; i < rows.length; i += 2) {
      const h = rows[i]!;
      const b = rows[i + 1]!;
      console.log(
        `${h.name.trim()}: Horae/baseline throughput ${(h.reqPerSec / b.reqPerSec).toFixed(2)}, p99 ${(h.p99 / Math.max(1, b.p99)).toFixed(2)}x`,
      );
    }

    // CSV export of every time entry, streamed by COPY, while other requests keep coming.
    const quiet = await autocannon({
      url: `${horae.url}/graphql`,
      method: 'POST',
      connections: 5,
      duration: 10,
      headers,
      body: list,
    });
    const statsBefore = (await (await fetch(`${horae.url}/__stats`)).json()) as {
      maxRssMiB: number;
    };
    const exportStarted = Date.now();
    const exported = (async () => {
      const res = await fetch(`${horae.url}/export/time-entries.csv`, { headers: { cookie } });
      if (!res.ok || !res.body) throw new Error(`export failed: ${res.status}`);
      let bytes = 0;
      let lines = 0;
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.length;
        for (const b of chunk) if (b === 10) lines++;
      }
      return { bytes, rows: lines - 1, seconds: (Date.now() - exportStarted) / 1000 };
    })();
    const during = await autocannon({
      url: `${horae.url}/graphql`,
      method: 'POST',
      connections: 5,
      duration: 10,
      headers,
      body: list,
    });
    const result = await exported;
    const statsAfter = (await (await fetch(`${horae.url}/__stats`)).json()) as {
      maxRssMiB: number;
    };
    console.log(
      `export time-entries.csv: ${result.rows} rows, ${(result.bytes / 2 ** 20).toFixed(0)} MiB in ${result.seconds.toFixed(1)} s (${Math.round(result.rows / result.seconds)} rows/s); Horae peak RSS ${statsBefore.maxRssMiB} -> ${statsAfter.maxRssMiB} MiB`,
    );
    console.log(
      `timeEntries(50) c=5 while exporting: p50 ${during.latency.p50} ms / p99 ${during.latency.p99} ms (quiet: ${quiet.latency.p50} / ${quiet.latency.p99} ms), ${Math.round(during.requests.average)} vs ${Math.round(quiet.requests.average)} req/s`,
    );
  } finally {
    // Wait for the servers to exit before PostgreSQL stops under their idle connections.
    await Promise.all(
      children.map(
        c =>
          new Promise<void>(resolve => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            c.once('exit', () => resolve());
            c.kill();
          }),
      ),
    );
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
