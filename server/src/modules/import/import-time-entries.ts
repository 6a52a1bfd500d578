import { formatMinutes, weekStart } from '@horae/shared/time';
import { randomUUID } from 'node:crypto';
import { Customer } from '../customer/customer.entity.js';
import { Project, Task } from '../project/project.entity.js';
import { Site } from '../site/site.entity.js';
import { reachableUserIds } from '../team/scope.js';
import { TimeEntry } from '../time-entry/time-entry.entity.js';
import { Timesheet } from '../timesheet/timesheet.entity.js';
import { User } from '../user/user.entity.js';
import {
  describeChanges,
  RowReader,
  type AuditEntry,
  type ImportRun,
  type Plan,
  type RowResult,
} from './import-plan.js';
import { contentRef, LOCKED, readTimes, snapshot, type EntryFields } from './import-time-rows.js';
import { personFinder, workFinder, type ProjectRef, type TaskRef } from './import-time-lookup.js';
import { parseBoolean } from './import-values.js';

type Draft = {
  r: RowReader;
  user?: User;
  project?: ProjectRef;
  task?: TaskRef | null;
  fields?: Omit<EntryFields, 'billable'> & { billable: boolean | null };
  ref: string;
};

/**
 * Time entries by their id in the old system (`externalId`), else by their contents: the same
 * row imported again is recognised and left alone. People, projects and tasks must exist, unless
 * `createMissing` (customers, projects and tasks; never people).
 */
export async function planTimeEntries(run: ImportRun): Promise<Plan> {
  const { ctx, actor } = run;
  const em = ctx.em;
  const site = await em.findOneOrFail(Site, actor.siteId);
  const users = await em.find(User, {});
  const findPerson = personFinder(users, actor);
  const work = workFinder(
    {
      customers: await em.find(Customer, {}),
      projects: await em.find(Project, {}),
      tasks: await em.find(Task, {}),
    },
    actor,
    run.createMissing,
  );
  const source = run.preset ?? 'csv';
  const occurrences = new Map<string, number>();
  const explicitIds = new Map<string, number>();

  const drafts: Draft[] = run.rows.map(row => {
    const r = new RowReader(row, run);
    const user = findPerson(r);
    const times = readTimes(r, run, user?.timeZone ?? site.timeZone);
    const project = work.findProject(r);
    const task = project ? work.findTask(r, project) : undefined;
    const description = r.text('description');
    if (description.length > 2000)
      r.refuse('description', 'DESCRIPTION_TOO_LONG', 'A description has at most 2000 characters.');
    const billable = r.parse('billable', 'INVALID_BILLABLE', parseBoolean(r.text('billable')));
    let ref: string;
    const id = r.text('externalId');
    if (id) {
      ref = `${source}:${id}`;
      if (ref.length > 200)
        r.refuse('externalId', 'INVALID_ID', 'An entry ID has at most 190 characters.');
      const first = explicitIds.get(ref);
      if (first !== undefined)
        r.refuse('externalId', 'DUPLICATE_ROW', `Row ${first} already has entry ID ${id}.`);
      else explicitIds.set(ref, r.line);
    } else {
      ref = contentRef(r, source, times, description, occurrences);
    }
    const fields =
      user && times && project && task !== undefined
        ? {
            user: user.id,
            project: project.id,
            task: task?.id ?? null,
            ...times,
            description,
            billable: billable ?? null,
          }
        : undefined;
    return { r, user, project, task, fields, ref };
  });

  const refs = drafts.map(d => d.ref);
  const existing = new Map<string, TimeEntry>();
  for (let i = 0; i < refs.length; i += 5000) {
    for (const e of await em.find(TimeEntry, { externalRef: { $in: refs.slice(i, i + 5000) } })) {
      existing.set(e.externalRef!, e);
    }
  }
  const weeks = new Set<string>();
  const people = new Set<string>();
  for (const d of drafts) {
    if (d.fields) {
      weeks.add(weekStart(d.fields.date));
      people.add(d.fields.user);
    }
  }
  for (const e of existing.values()) {
    weeks.add(weekStart(e.date));
    people.add(e.user.id);
  }
  const locked = new Map<string, string>();
  if (people.size) {
    const sheets = await em.find(Timesheet, {
      user: { $in: [...people] },
      weekStart: { $in: [...weeks] },
      status: { $in: ['submitted', 'approved'] },
    });
    for (const s of sheets) locked.set(`${s.user.id}|${s.weekStart}`, s.status);
  }
  const lockOf = (user: string, date: string) => locked.get(`${user}|${weekStart(date)}`);
  const reachCreate = await reachableUserIds(em, actor, 'timeEntry.create');
  const reachUpdate = await reachableUserIds(em, actor, 'timeEntry.update');
  const reaches = (ids: string[] | null, user: string) => ids === null || ids.includes(user);
  const names = new Map(users.map(u => [u.id, u.displayName]));

  const rows: RowResult[] = [];
  const creates: (EntryFields & { id: string; ref: string })[] = [];
  const updates: {
    entry: TimeEntry;
    before: Record<string, unknown>;
    after: Partial<EntryFields>;
  }[] = [];
  for (const d of drafts) {
    const { r, fields } = d;
    const label = fields
      ? `${fields.date} · ${names.get(fields.user)} · ${d.project!.code}${d.task ? ` / ${d.task.name}` : ''} · ${formatMinutes(fields.minutes)}`
      : `${r.text('date')} · ${r.text('project')}`;
    const key = d.ref.includes(':row:') ? `row ${r.line}` : d.ref.slice(source.length + 1);
    const match = existing.get(d.ref);
    if (!fields) {
      if (!r.problems.length) r.refuse(null, 'INVALID_ROW', 'The row could not be read.');
      rows.push(r.result(match ? 'update' : 'create', key, label));
      continue;
    }
    if (!match) {
      if (!reaches(reachCreate, fields.user)) {
        r.refuse(
          d.r.has('email') ? 'email' : 'person',
          'FORBIDDEN',
          `You may not register time for ${names.get(fields.user)}: that needs "timeEntry.create" for their team or everyone.`,
        );
      }
      const status = lockOf(fields.user, fields.date);
      if (status) r.refuse('date', 'WEEK_LOCKED', LOCKED(status, fields.date));
      const billable =
        fields.billable ?? ((d.task?.billable ?? true) && d.project!.billableByDefault);
      rows.push(r.result('create', key, label));
      if (!r.problems.length) creates.push({ ...fields, billable, id: randomUUID(), ref: d.ref });
      continue;
    }
    const current: EntryFields = {
      user: match.user.id,
      project: match.project.id,
      task: match.task?.id ?? null,
      date: match.date,
      minutes: match.minutes,
      description: match.description,
      billable: match.billable,
      startedAt: match.startedAt ?? null,
      endedAt: match.endedAt ?? null,
    };
    const next: EntryFields = { ...fields, billable: fields.billable ?? current.billable };
    const before = snapshot(current);
    const after = snapshot(next);
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
      k => after[k] !== before[k],
    );
    if (!changed.length && current.user === next.user) {
      rows.push(r.result('unchanged', key, label));
      continue;
    }
    if (current.user !== next.user) {
      r.refuse(
        d.r.has('email') ? 'email' : 'person',
        'PERSON_CHANGED',
        `Entry ${key} belongs to ${names.get(current.user)} in Horae; an import does not move time to someone else.`,
      );
    } else if (!reaches(reachUpdate, current.user)) {
      r.refuse(
        null,
        'FORBIDDEN',
        `You may not change the time of ${names.get(current.user)}: that needs "timeEntry.update" for their team or everyone.`,
      );
    }
    if (match.status === 'invoiced' || match.invoice) {
      r.refuse(null, 'INVOICED', `Entry ${key} is on an invoice and can no longer be changed.`);
    }
    for (const date of new Set([current.date, next.date])) {
      const status = lockOf(current.user, date);
      if (status) r.refuse('date', 'WEEK_LOCKED', LOCKED(status, date));
    }
    const diff = Object.fromEntries(changed.map(k => [k, after[k]]));
    const was = Object.fromEntries(changed.map(k => [k, before[k]]));
    rows.push(r.result('update', key, `${label} · ${describeChanges(was, diff)}`));
    if (!r.problems.length) {
      updates.push({
        entry: match,
        before: was,
        after: { ...next, user: undefined },
      });
    }
  }

  const { created } = work;
  return {
    rows,
    related: [
      { resource: 'customer', create: created.customers.size },
      { resource: 'project', create: created.projects.size },
      { resource: 'task', create: created.tasks.size },
    ].filter(x => x.create > 0) as Plan['related'],
    apply: async () => {
      const audit: AuditEntry[] = [];
      for (const c of created.customers.values()) {
        em.create(Customer, {
          id: c.id,
          site: actor.siteId,
          name: c.name,
          number: null,
          currency: 'EUR',
          archived: false,
        });
        audit.push({
          action: 'customer.created',
          target: { type: 'customer', id: c.id },
          data: { after: { name: c.name } },
        });
      }
      for (const p of created.projects.values()) {
        em.create(Project, {
          id: p.id,
          site: actor.siteId,
          customer: p.customer,
          code: p.code,
          name: p.name,
          billableByDefault: true,
          archived: false,
        });
        audit.push({
          action: 'project.created',
          target: { type: 'project', id: p.id },
          data: { after: { code: p.code, name: p.name, customer: p.customer } },
        });
      }
      for (const t of created.tasks.values()) {
        em.create(Task, {
          id: t.id,
          site: actor.siteId,
          project: t.project,
          name: t.name,
          billable: t.billable,
          archived: false,
        });
        audit.push({
          action: 'task.created',
          target: { type: 'task', id: t.id },
          data: { project: t.project, after: { name: t.name } },
        });
      }
      await em.flush();
      for (let i = 0; i < creates.length; i += 1000) {
        await em.insertMany(
          TimeEntry,
          creates.slice(i, i + 1000).map(c => ({
            id: c.id,
            site: actor.siteId,
            user: c.user,
            project: c.project,
            task: c.task,
            date: c.date,
            minutes: c.minutes,
            description: c.description,
            billable: c.billable,
            startedAt: c.startedAt,
            endedAt: c.endedAt,
            externalRef: c.ref,
            status: 'open' as const,
          })),
        );
      }
      for (const c of creates) {
        audit.push({
          action: 'time_entry.created',
          target: { type: 'time_entry', id: c.id },
          data: { ref: c.ref, user: c.user, after: snapshot(c) },
        });
      }
      for (const { entry, before, after } of updates) {
        em.assign(entry, {
          project: after.project,
          task: after.task ?? null,
          date: after.date,
          minutes: after.minutes,
          description: after.description,
          billable: after.billable,
          startedAt: after.startedAt ?? null,
          endedAt: after.endedAt ?? null,
        });
        const changedNow = snapshot({ ...(after as EntryFields) });
        audit.push({
          action: 'time_entry.updated',
          target: { type: 'time_entry', id: entry.id },
          data: {
            ref: entry.externalRef,
            before,
            after: Object.fromEntries(
              Object.keys(before).map(k => [k, changedNow[k as keyof typeof changedNow]]),
            ),
          },
        });
      }
      await em.flush();
      return { audit, notes: [] };
    },
  };
}
