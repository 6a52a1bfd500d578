import { isUuid } from '@horae/shared/validation';
import type { Request, Response } from 'express';
import { ZipFile } from 'yazl';
import type { Refusal } from '../../app.js';
import { MFA_ENROLLMENT_REQUIRED_MESSAGE } from '../../core/errors.js';
import type { RequestContext } from '../../core/context.js';
import { auditByUser } from '../audit/audit.service.js';
import { collectPersonalData, toCsv, type PersonalData } from './privacy.service.js';

type WithContext = <T>(
  req: Request,
  res: Response,
  work: (ctx: RequestContext) => Promise<T | Refusal>,
) => Promise<T | null>;

const README = `Your personal data from Horae

personal-data.json  everything Horae holds about you, in one document
*.csv               the same tables for spreadsheets (UTF-8)

Secrets (password hash, two-step sign-in keys, recovery codes, session ids) are never exported.
`;

/**
 * GET /export/personal-data.zip — the signed-in person's data, or with ?userId= another person's
 * for holders of user.exportData. Audited like the GraphQL queries.
 */
export function personalDataHandler(withContext: WithContext) {
  return async (req: Request, res: Response) => {
    const wanted = typeof req.query.userId === 'string' ? req.query.userId : null;
    const data = await withContext<PersonalData>(req, res, async ctx => {
      const actor = ctx.actor;
      if (!actor) {
        return { status: 401, code: 'UNAUTHENTICATED', message: 'Sign in to download your data.' };
      }
      const self = actor.kind === 'user' ? actor.userId : null;
      const userId = wanted ?? self;
      if (!userId || !isUuid(userId)) {
        return {
          status: 400,
          code: 'BAD_USER_INPUT',
          message: 'Name the person with ?userId=<id>.',
        };
      }
      // Like the `can` rule: no one else's data until a required second factor is set up.
      if (userId !== self && actor.mfaEnrollmentRequired) {
        return {
          status: 403,
          code: 'FORBIDDEN',
          message: MFA_ENROLLMENT_REQUIRED_MESSAGE,
          extensions: { reason: 'MFA_ENROLLMENT_REQUIRED' },
        };
      }
      if (userId !== self && !actor.permissions.has('user.exportData')) {
        return {
          status: 403,
          code: 'FORBIDDEN',
          message: 'You may download only your own data: another person’s needs "user.exportData".',
        };
      }
      const collected = await collectPersonalData(ctx, userId);
      if (!collected) {
        return { status: 404, code: 'NOT_FOUND', message: 'There is no such person on this site.' };
      }
      await auditByUser(ctx, actor, 'user.data_exported', { type: 'user', id: userId });
      return collected;
    });
    if (!data) return;
    const zip = new ZipFile();
    zip.addBuffer(Buffer.from(README), 'README.txt');
    zip.addBuffer(Buffer.from(JSON.stringify(data.json, null, 2)), 'personal-data.json');
    for (const [name, rows] of Object.entries(data.tables)) {
      zip.addBuffer(Buffer.from(toCsv(rows)), `${name}.csv`);
    }
    zip.end();
    res.setHeader('Content-Type', 'application/zip');
    const who = String((data.json.profile as { displayName?: string }).displayName ?? 'person')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="personal-data-${who || 'person'}.zip"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    zip.outputStream.pipe(res);
  };
}
