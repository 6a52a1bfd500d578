import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, weekStart } from '@horae/shared/time';
import { Customer } from '../modules/customer/customer.entity.js';
import { GroupMembership } from '../modules/group/group.entity.js';
import { Project, ProjectMember, Task } from '../modules/project/project.entity.js';

/** Deterministic pseudo-random numbers, so every demo site looks the same. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CUSTOMERS = [
  { name: 'Nordwind Logistics', number: 'C-1001', vatNumber: 'NL001234567B01', currency: 'EUR' },
  { name: 'Helix Pharma', number: 'C-1002', vatNumber: 'DE123456789', currency: 'EUR' },
  { name: 'Bright Harbour Council', number: 'C-1003', vatNumber: null, currency: 'EUR' },
  { name: 'Kestrel Outdoor Ltd', number: 'C-1004', vatNumber: 'GB123456789', currency: 'GBP' },
];

// Budgets are sized so that six months of demo time leave some projects on track and one over.
const PROJECTS = [
  {
    customer: 0,
    code: 'NW-PORTAL',
    name: 'Customer portal',
    rate: 11_000,
    budgetMinutes: 2400 * 60,
    tasks: ['Design', 'Development', 'Testing'],
  },
  {
    customer: 0,
    code: 'NW-SUPPORT',
    name: 'Support retainer',
    rate: 9_500,
    budgetMinutes: null,
    tasks: ['Tickets', 'Maintenance'],
  },
  {
    customer: 1,
    code: 'HX-LIMS',
    name: 'Lab data integration',
    rate: 13_500,
    budgetMinutes: 2200 * 60,
    tasks: ['Analysis', 'Development', 'Validation'],
  },
  {
    customer: 2,
    code: 'BH-WEB',
    name: 'Website relaunch',
    rate: 9_000,
    budgetMinutes: 1800 * 60,
    tasks: ['Content', 'Design', 'Development'],
  },
  {
    customer: 3,
    code: 'KO-SHOP',
    name: 'Web shop',
    rate: 10_000,
    budgetMinutes: 2600 * 60,
    tasks: ['Development', 'Testing'],
  },
  {
    customer: null,
    code: 'INT',
    name: 'Internal',
    rate: null,
    budgetMinutes: null,
    tasks: ['Training', 'Meetings', 'Holidays'],
  },
];

const DESCRIPTIONS = [
  'Sprint planning',
  'Code review',
  'Pairing on the import',
  'Fixing reported issues',
  'Workshop with the client',
  'Writing tests',
  'Deployment',
  'Refinement',
  'Performance work',
  'Documentation',
  'Design review',
  '',
];

export type BusinessSeed = { customers: number; projects: number; entries: number };

/**
 * Customers, projects with tasks and members, and `weeks` of time for every user: weeks before
 * last week are approved (the oldest months also invoiced), last week is submitted, the current
 * week is left empty to fill in. `extraEntries` adds bulk entries for benchmarks (SQL-generated).
 */
export async function seedBusinessData(
  em: EntityManager,
  siteId: string,
  today: string,
  opts: { weeks?: number; extraEntries?: number } = {},
): Promise<BusinessSeed> {
  const random = mulberry32(42);
  const weeks = opts.weeks ?? 26;
  const byUser = new Map<string, { id: string; manager: boolean }>();
  for (const m of await em.find(
    GroupMembership,
    {},
    { populate: ['group'], orderBy: { createdAt: 'asc' } },
  )) {
    const manager = m.group.getEntity().builtIn !== 'employees';
    byUser.set(m.user.id, {
      id: m.user.id,
      manager: manager || (byUser.get(m.user.id)?.manager ?? false),
    });
  }
  const users = [...byUser.values()];
  const internalCustomer = em.create(Customer, {
    site: siteId,
    name: 'Demo Consultancy (internal)',
    number: 'C-0000',
    currency: 'EUR',
  });
  const customers = CUSTOMERS.map(c => em.create(Customer, { site: siteId, ...c }));
  const managers = users.filter(u => u.manager);
  const projects = PROJECTS.map((p, i) => {
    const project = em.create(Project, {
      site: siteId,
      customer: p.customer === null ? internalCustomer : customers[p.customer]!,
      code: p.code,
      name: p.name,
      hourlyRate: p.rate,
      budgetMinutes: p.budgetMinutes,
      billableByDefault: p.customer !== null,
      lead: managers[i % managers.length]?.id ?? null,
      startsOn: addDays(today, -7 * weeks - 14),
    });
    const tasks = p.tasks.map(name =>
      em.create(Task, {
        site: siteId,
        project,
        name,
        billable: p.customer !== null && name !== 'Meetings',
      }),
    );
    return { project, tasks };
  });
  for (const u of users) {
    for (const { project } of projects) {
      if (project.code === 'INT' || random() < 0.6)
        em.create(ProjectMember, { site: siteId, project, user: u.id });
    }
  }
  await em.flush();

  const thisMonday = weekStart(today);
  const rows: unknown[][] = [];
  for (let w = weeks; w >= 1; w--) {
    const monday = addDays(thisMonday, -7 * w);
    for (const u of users) {
      for (let d = 0; d < 5; d++) {
        let left = 420 + Math.floor(random() * 6) * 15; // 7 to 8 hours a day
        while (left > 0) {
          const { project, tasks } = projects[Math.floor(random() * projects.length)]!;
          const task = tasks[Math.floor(random() * tasks.length)]!;
          const minutes = Math.min(left, 60 + Math.floor(random() * 12) * 15);
          left -= minutes;
          rows.push([
            u.id,
            project.id,
            task.id,
            addDays(monday, d),
            minutes,
            DESCRIPTIONS[Math.floor(random() * DESCRIPTIONS.length)]!,
            task.billable,
          ]);
        }
      }
    }
  }
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    // One JSON parameter per batch (an array parameter would be expanded into a value list).
    await em.execute(
      `insert into time_entry (site_id, user_id, project_id, task_id, date, minutes, description, billable)
       select ?::uuid, r.u, r.p, r.t, r.d, r.m, r.x, r.b
         from json_to_recordset(?::json) as r(u uuid, p uuid, t uuid, d date, m int, x text, b bool)`,
      [siteId, JSON.stringify(batch.map(([u, p, t, d, m, x, b]) => ({ u, p, t, d, m, x, b })))],
    );
  }
  if (opts.extraEntries) await addBulkEntries(em, siteId, opts.extraEntries, thisMonday);

  // Timesheets: older weeks approved, last week submitted.
  await em.execute(
    `insert into timesheet (site_id, user_id, week_start, status, submitted_at, decided_at)
     select ?::uuid, e.user_id, date_trunc('week', e.date)::date,
            case when date_trunc('week', e.date)::date = ?::date then 'submitted' else 'approved' end,
            now(), case when date_trunc('week', e.date)::date = ?::date then null else now() end
       from time_entry e where e.site_id = ?::uuid and e.date < ?::date
      group by e.user_id, date_trunc('week', e.date)`,
    [siteId, addDays(thisMonday, -7), addDays(thisMonday, -7), siteId, thisMonday],
  );
  await em.execute(
    `update time_entry e set status = case when e.date >= ?::date then 'submitted' else 'approved' end,
            rate = case when e.date >= ?::date then null else r.rate end,
            amount = case when e.date >= ?::date then null when e.billable then round(e.minutes * r.rate / 60.0) else 0 end
       from (select te.id, coalesce(t.hourly_rate, p.hourly_rate, u.hourly_rate, s.default_hourly_rate) rate
               from time_entry te join task t on t.id = te.task_id join project p on p.id = te.project_id
               join app_user u on u.id = te.user_id join site s on s.id = te.site_id
              where te.site_id = ?::uuid) r
      where r.id = e.id and e.date < ?::date`,
    [addDays(thisMonday, -7), addDays(thisMonday, -7), addDays(thisMonday, -7), siteId, thisMonday],
  );

  // Invoices: every customer's billable time of months ending more than a month ago.
  const cutoff = `${addDays(today, -31).slice(0, 7)}-01`;
  await em.execute(
    `with months as (
       select p.customer_id, date_trunc('month', e.date)::date as month, sum(e.minutes)::int minutes, sum(e.amount)::bigint amount
         from time_entry e join project p on p.id = e.project_id
        where e.site_id = ?::uuid and e.billable and e.status = 'approved' and e.date < ?::date and p.code <> 'INT'
        group by 1, 2)
     insert into invoice (site_id, customer_id, number, status, period_from, period_to, currency, total_amount, total_minutes, issued_at, created_at)
     select ?::uuid, m.customer_id, row_number() over (order by m.month, c.name), 'issued', m.month,
            (m.month + interval '1 month - 1 day')::date, c.currency, m.amount, m.minutes, m.month + interval '1 month 3 days',
            -- millisecond precision, like every timestamp the app writes (cursors carry milliseconds)
            m.month + interval '1 month 3 days' + (row_number() over (order by m.month, c.name)) * interval '1 millisecond'
       from months m join customer c on c.id = m.customer_id`,
    [siteId, cutoff, siteId],
  );
  await em.execute(
    `update time_entry e set invoice_id = i.id, status = 'invoiced'
       from invoice i, project p
      where e.site_id = ?::uuid and p.id = e.project_id and i.customer_id = p.customer_id and e.billable
        and e.status = 'approved' and e.date between i.period_from and i.period_to`,
    [siteId],
  );
  await em.execute(
    `insert into invoice_line (site_id, invoice_id, project_id, task_id, description, minutes, rate, amount, position)
     select e.site_id, e.invoice_id, e.project_id, e.task_id, p.name || ' — ' || t.name, sum(e.minutes), e.rate, sum(e.amount),
            row_number() over (partition by e.invoice_id order by p.name, t.name)
       from time_entry e join project p on p.id = e.project_id join task t on t.id = e.task_id
      where e.site_id = ?::uuid and e.invoice_id is not null
      group by e.site_id, e.invoice_id, e.project_id, e.task_id, p.name, t.name, e.rate`,
    [siteId],
  );
  const [count] = await em.execute<{ n: string }[]>(
    'select count(*) n from time_entry where site_id = ?',
    [siteId],
  );
  return {
    customers: customers.length + 1,
    projects: projects.length,
    entries: Number(count?.n ?? 0),
  };
}

/**
 * Bulk approved time for benchmarks, generated in SQL (1M rows in seconds): spread over the
 * site's users and tasks and the 180 days before `before`, with rates and amounts fixed.
 */
export async function addBulkEntries(
  em: EntityManager,
  siteId: string,
  count: number,
  before: string,
): Promise<void> {
  await em.execute(
    `insert into time_entry (site_id, user_id, project_id, task_id, date, minutes, description, billable, status)
     select ?::uuid, u.ids[1 + (g % array_length(u.ids, 1))], t.pids[1 + (g % array_length(t.ids, 1))],
            t.ids[1 + (g % array_length(t.ids, 1))], (?::date - 1 - (g % 180)), 15 + (g % 32) * 15,
            'Bulk entry ' || g, t.bills[1 + (g % array_length(t.ids, 1))], 'approved'
       from generate_series(1, ?::int) g
      cross join (select array_agg(distinct user_id) ids from group_membership where site_id = ?::uuid) u
      cross join (select array_agg(id order by id) ids, array_agg(project_id order by id) pids,
                         array_agg(billable order by id) bills from task where site_id = ?::uuid) t`,
    [siteId, before, count, siteId, siteId],
  );
  await em.execute(
    `update time_entry e set rate = r.rate, amount = case when e.billable then round(e.minutes * r.rate / 60.0) else 0 end
       from (select te.id, coalesce(t.hourly_rate, p.hourly_rate, u.hourly_rate, s.default_hourly_rate) rate
               from time_entry te join task t on t.id = te.task_id join project p on p.id = te.project_id
               join app_user u on u.id = te.user_id join site s on s.id = te.site_id
              where te.site_id = ?::uuid and te.status = 'approved' and te.rate is null) r
      where r.id = e.id`,
    [siteId],
  );
}
