import { displayNameSchema, emailSchema } from '@horae/shared/validation';
import { randomUUID } from 'node:crypto';
import { legacyHashProblem } from '../auth/password-hash.js';
import { Group, GroupMembership } from '../group/group.entity.js';
import { sendTokenMail } from '../invitation/invitation.service.js';
import { mailAllowance, recordMailRequest } from '../invitation/mail-limit.js';
import { Site } from '../site/site.entity.js';
import { User } from '../user/user.entity.js';
import {
  describeChanges,
  needs,
  RowReader,
  SeenKeys,
  type AuditEntry,
  type ImportRun,
  type Plan,
  type RowResult,
} from './import-plan.js';
import { nameKey } from './import-values.js';

/** `passwordHash`: a PBKDF2-SHA256 hash from a previous system (see password-hash.ts), or null. */
type NewUser = { email: string; displayName: string; groups: Group[]; passwordHash: string | null };

/**
 * People by email: new ones are added without a password (they choose one from an invitation,
 * mailed when `sendInvitations`), known ones get the name from the file. Groups count for new
 * people only (blank: Employees); changing an existing person's groups stays on the People page.
 * A new person with a password hash from the previous system is added able to sign in with their
 * old password (replaced by Argon2id at that sign-in) and gets no invitation. Hashes never appear
 * in the report, the audit log or a message.
 */
export async function planUsers(run: ImportRun): Promise<Plan> {
  const { ctx, actor } = run;
  const byEmail = new Map((await ctx.em.find(User, {})).map(u => [u.email, u]));
  const groups = await ctx.em.find(Group, {});
  const groupByName = new Map(groups.map(g => [nameKey(g.name), g]));
  const employees = groups.find(g => g.builtIn === 'employees');
  const canUpdate = actor.permissions.has('user.update');
  const seen = new SeenKeys();
  const rows: RowResult[] = [];
  const creates: NewUser[] = [];
  const updates: { user: User; displayName: string }[] = [];

  for (const row of run.rows) {
    const r = new RowReader(row, run);
    const parsedEmail = emailSchema.safeParse(r.text('email'));
    const email = parsedEmail.success ? parsedEmail.data : undefined;
    if (!parsedEmail.success) {
      r.refuse('email', 'INVALID_EMAIL', parsedEmail.error.issues[0]!.message);
    }
    const full = r.text('displayName') || `${r.text('firstName')} ${r.text('lastName')}`.trim();
    const nameField = r.text('displayName') || !r.has('firstName') ? 'displayName' : 'firstName';
    const parsedName = displayNameSchema.safeParse(full);
    const displayName = parsedName.success ? parsedName.data : undefined;
    if (!parsedName.success) {
      r.refuse(nameField, 'INVALID_NAME', parsedName.error.issues[0]!.message);
    }
    if (email) seen.claim(r, 'email', email, email);
    const passwordHash = r.text('passwordHash') || null;
    const hashProblem = passwordHash === null ? null : legacyHashProblem(passwordHash);
    if (hashProblem) r.refuse('passwordHash', 'INVALID_PASSWORD_HASH', hashProblem);
    const key = email ?? r.text('email');
    const match = email ? byEmail.get(email) : undefined;
    if (!match) {
      const names = r
        .text('groups')
        .split(/[;|,]/)
        .map(g => g.trim())
        .filter(Boolean);
      const chosen = names.map(n => groupByName.get(nameKey(n)));
      const unknown = names.filter((_, i) => !chosen[i]);
      if (unknown.length) {
        r.refuse(
          'groups',
          'UNKNOWN_GROUP',
          `There is no group named ${unknown.join(', ')} on this site.`,
        );
      }
      const memberOf = names.length
        ? chosen.filter((g): g is Group => !!g)
        : employees
          ? [employees]
          : [];
      const groupList = memberOf.map(g => g.name).join(', ') || 'no group';
      const signIn = passwordHash ? ' · signs in with their previous password' : '';
      rows.push(r.result('create', key, `${key} · ${displayName ?? full} (${groupList})${signIn}`));
      if (!r.problems.length)
        creates.push({ email: email!, displayName: displayName!, groups: memberOf, passwordHash });
      continue;
    }
    const changed = displayName !== undefined && displayName !== match.displayName;
    if (changed && !canUpdate) r.refuse(null, 'FORBIDDEN', needs('user.update', `Renaming ${key}`));
    const kept = passwordHash ? ' · password hash not used (already has an account)' : '';
    const summary =
      (changed
        ? describeChanges({ name: match.displayName }, { name: displayName })
        : match.displayName) + kept;
    rows.push(r.result(changed ? 'update' : 'unchanged', key, `${key} · ${summary}`));
    if (changed && !r.problems.length) updates.push({ user: match, displayName: displayName });
  }

  return {
    rows,
    related: [],
    apply: async () => {
      const audit: AuditEntry[] = [];
      const invitees: User[] = [];
      for (const person of creates) {
        const user = ctx.em.create(User, {
          id: randomUUID(),
          site: actor.siteId,
          email: person.email,
          displayName: person.displayName,
          status: 'active',
          passwordHash: person.passwordHash,
        });
        if (!person.passwordHash) invitees.push(user);
        for (const group of person.groups) {
          ctx.em.create(GroupMembership, { site: actor.siteId, user: user.id, group: group.id });
        }
        audit.push({
          action: 'user.created',
          target: { type: 'user', id: user.id },
          data: {
            after: {
              email: person.email,
              displayName: person.displayName,
              groups: person.groups.map(g => g.name).sort(),
            },
            ...(person.passwordHash ? { credentials: 'imported (pbkdf2-sha256)' } : {}),
          },
        });
      }
      for (const { user, displayName } of updates) {
        audit.push({
          action: 'user.updated',
          target: { type: 'user', id: user.id },
          data: { before: { displayName: user.displayName }, after: { displayName } },
        });
        user.displayName = displayName;
      }
      await ctx.em.flush();
      const withHash = creates.length - invitees.length;
      const notes = [
        ...(withHash
          ? [
              `${withHash} ${withHash === 1 ? 'person signs' : 'people sign'} in with the password of the previous system (no invitation).`,
            ]
          : []),
        ...(run.sendInvitations ? await invite(run, invitees, audit) : []),
      ];
      return { audit, notes };
    },
  };
}

/** Mails each new person an invitation, within the mail limits (held back ones are named). */
async function invite(run: ImportRun, people: User[], audit: AuditEntry[]): Promise<string[]> {
  const { ctx, actor } = run;
  if (!people.length) return [];
  const site = await ctx.em.findOneOrFail(Site, actor.siteId);
  const heldBack: string[] = [];
  for (const user of people) {
    const allowance = await mailAllowance(ctx, 'invitation', user.email, { limitClient: false });
    await recordMailRequest(ctx, allowance, actor.siteId, !allowance.refused);
    if (allowance.refused) {
      heldBack.push(user.email);
      continue;
    }
    await sendTokenMail(ctx, site, user, 'invitation');
    audit.push({
      action: 'user.invited',
      target: { type: 'user', id: user.id },
      data: { email: user.email },
    });
  }
  const sent = people.length - heldBack.length;
  return [
    `Mailed ${sent} ${sent === 1 ? 'invitation' : 'invitations'}.`,
    ...(heldBack.length
      ? [
          `Not mailed (too many mails to the address in the last hour; invite them later from People): ${heldBack.join(', ')}.`,
        ]
      : []),
  ];
}
