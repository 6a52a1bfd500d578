import type { Request, Response } from 'express';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MFA_ENROLLMENT_REQUIRED_MESSAGE } from '../../core/errors.js';
import type { RequestContext } from '../../core/context.js';
import type { Refusal } from '../../app.js';
import type { Logger } from '../../core/logger.js';
import { EXPORTS, isExportName } from './export.columns.js';
import { ExportInputError, exportStatement, type ExportQuery } from './export.service.js';
import { reportCsv } from './report-export.js';

/** A big export may run this long; other requests keep their 10 s limit. */
const EXPORT_TIMEOUT_MS = 10 * 60_000;

type Problem = Refusal;

export type ExportRequest = {
  /** Runs `work` inside an authenticated request transaction, or answers the refusal itself. */
  withContext: <T>(
    req: Request,
    res: Response,
    work: (ctx: RequestContext) => Promise<T | Problem>,
  ) => Promise<T | null>;
  pool: pg.Pool;
  logger: Logger;
};

function problem(res: Response, p: Problem) {
  res.status(p.status).json({ errors: [{ message: p.message, extensions: { code: p.code } }] });
}

/** Like the `can` rule: until a required second factor is set up, only the own account is open. */
function mfaEnrollmentPending(actor: NonNullable<RequestContext['actor']>): Problem | null {
  if (!actor.mfaEnrollmentRequired) return null;
  return {
    status: 403,
    code: 'FORBIDDEN',
    message: MFA_ENROLLMENT_REQUIRED_MESSAGE,
    extensions: { reason: 'MFA_ENROLLMENT_REQUIRED' },
  };
}

/**
 * GET /export/<resource>.csv — the list the caller would get through GraphQL, as CSV, streamed
 * from Postgres with COPY (flat memory at any size; the response's backpressure paces the
 * database). `?delimiter=;` for European Excel, `?bom=1` for a UTF-8 byte order mark.
 */
export function exportHandler({ withContext, pool, logger }: ExportRequest) {
  return async (req: Request, res: Response, name: string) => {
    if (name === 'report') {
      await sendReport(req, res, withContext);
      return;
    }
    if (!isExportName(name)) {
      problem(res, {
        status: 404,
        code: 'NOT_FOUND',
        message: `There is no export called "${name}". Exports: ${[...Object.keys(EXPORTS), 'report'].join(', ')}.`,
      });
      return;
    }
    const q = req.query as ExportQuery;
    const delimiter = q.delimiter === ';' || q.delimiter === 'semicolon' ? ';' : ',';
    type Prepared = { siteId: string; sql: string; columns: string[] };
    const prepared = await withContext<Prepared>(
      req,
      res,
      async (ctx): Promise<Prepared | Problem> => {
        const actor = ctx.actor;
        if (!actor) {
          return {
            status: 401,
            code: 'UNAUTHENTICATED',
            message: 'Sign in, or send a service token as "Authorization: Bearer <token>".',
          };
        }
        const pending = mfaEnrollmentPending(actor);
        if (pending) return pending;
        const permission = EXPORTS[name].permission;
        if (!actor.permissions.has(permission)) {
          return {
            status: 403,
            code: 'FORBIDDEN',
            message: `You do not have permission to export this: it needs "${permission}".`,
          };
        }
        try {
          return {
            siteId: actor.siteId,
            ...(await exportStatement(ctx, actor, name, q, { delimiter })),
          };
        } catch (error) {
          if (error instanceof ExportInputError) {
            return { status: 400, code: 'BAD_USER_INPUT', message: error.message };
          }
          throw error;
        }
      },
    );
    if (!prepared) return;

    const client = await pool.connect();
    let released = false;
    const release = (error?: Error) => {
      if (!released) client.release(error);
      released = true;
    };
    try {
      await client.query('begin read only');
      await client.query(`set local statement_timeout = ${EXPORT_TIMEOUT_MS}`);
      await client.query(`select set_config('app.site_id', $1, true)`, [prepared.siteId]);
      const day = new Date().toISOString().slice(0, 10);
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}-${day}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      const out = new PassThrough();
      if (q.bom === '1' || q.bom === 'true') out.write('\uFEFF');
      const copy = client.query(copyTo(prepared.sql));
      await pipeline(copy, out, res);
      await client.query('commit');
      release();
    } catch (error) {
      logger.warn({ err: error, export: name }, 'export stopped');
      release(error as Error);
      if (!res.headersSent) {
        problem(res, {
          status: 500,
          code: 'INTERNAL_SERVER_ERROR',
          message: 'The export failed on our side; nothing partial was kept. Try again.',
        });
      } else res.destroy();
    }
  };
}

async function sendReport(req: Request, res: Response, withContext: ExportRequest['withContext']) {
  const q = req.query as ExportQuery;
  const delimiter = q.delimiter === ';' || q.delimiter === 'semicolon' ? ';' : ',';
  const csv = await withContext<string>(req, res, async (ctx): Promise<string | Problem> => {
    const actor = ctx.actor;
    if (!actor) {
      return {
        status: 401,
        code: 'UNAUTHENTICATED',
        message: 'Sign in, or send a service token as "Authorization: Bearer <token>".',
      };
    }
    const pending = mfaEnrollmentPending(actor);
    if (pending) return pending;
    if (!actor.permissions.has('report.read')) {
      return {
        status: 403,
        code: 'FORBIDDEN',
        message: 'You do not have permission to export this: it needs "report.read".',
      };
    }
    try {
      return await reportCsv(ctx, actor, q, delimiter);
    } catch (error) {
      if (error instanceof ExportInputError) {
        return { status: 400, code: 'BAD_USER_INPUT', message: error.message };
      }
      throw error;
    }
  });
  if (csv === null) return;
  const day = new Date().toISOString().slice(0, 10);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="report-${day}.csv"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send((q.bom === '1' || q.bom === 'true' ? '\uFEFF' : '') + csv);
}
