import type { Request, Response } from 'express';
import type { Refusal } from '../../app.js';
import type { RequestContext } from '../../core/context.js';
import type { ImportUpload } from './import-upload.entity.js';
import { IMPORT_PERMISSION } from './import-fields.js';
import { IMPORT_LIMITS } from './import-file.js';
import { storeUpload } from './import-upload.service.js';

type WithContext = <T>(
  req: Request,
  res: Response,
  work: (ctx: RequestContext) => Promise<T | Refusal>,
) => Promise<T | null>;

/**
 * Not the types a plain HTML form or a "simple" cross-site fetch can send: a browser asks first
 * (CORS preflight), which this route does not grant, so only the SPA itself can upload.
 */
const ACCEPTED_TYPES = new Set(['text/csv', 'application/octet-stream']);

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const tooLarge: Refusal = {
  status: 413,
  code: 'BAD_USER_INPUT',
  message: `The file is larger than ${megabytes(IMPORT_LIMITS.maxBytes)}, the most an import reads. Split it into smaller files.`,
  extensions: { reason: 'FILE_TOO_LARGE', limit: IMPORT_LIMITS.maxBytes },
};

function sendRefusal(res: Response, refusal: Refusal): void {
  res.status(refusal.status).json({
    errors: [
      { message: refusal.message, extensions: { code: refusal.code, ...refusal.extensions } },
    ],
  });
}

/** The body, or null as soon as it grows past `limit` (the rest is not read). */
async function readBody(req: Request, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * POST /import/files?name=<file name> — the raw bytes of a CSV file as the body (cookie or service
 * token). Answers 201 `{ upload: { id, fileName, bytes } }`; the id goes to the GraphQL
 * `importPreview` and `importApply`. Files stay an hour, visible only to who uploaded them.
 */
export function importUploadHandler(withContext: WithContext) {
  return async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!ACCEPTED_TYPES.has(type)) {
      sendRefusal(res, {
        status: 415,
        code: 'BAD_USER_INPUT',
        message: 'Send the file itself as the body, with Content-Type: text/csv.',
      });
      return;
    }
    if (!req.get('authorization') && !req.headers.cookie) {
      sendRefusal(res, { status: 401, code: 'UNAUTHENTICATED', message: 'Sign in to import.' });
      return;
    }
    if (Number(req.get('content-length') ?? 0) > IMPORT_LIMITS.maxBytes) {
      res.setHeader('Connection', 'close');
      sendRefusal(res, tooLarge);
      return;
    }
    const body = await readBody(req, IMPORT_LIMITS.maxBytes);
    if (!body) {
      res.setHeader('Connection', 'close');
      sendRefusal(res, tooLarge);
      return;
    }
    if (!body.length) {
      sendRefusal(res, {
        status: 400,
        code: 'BAD_USER_INPUT',
        message: 'The file is empty.',
        extensions: { reason: 'EMPTY_FILE' },
      });
      return;
    }
    const name = typeof req.query.name === 'string' ? req.query.name : undefined;
    const upload = await withContext<ImportUpload>(req, res, async ctx => {
      const actor = ctx.actor;
      if (!actor) {
        return { status: 401, code: 'UNAUTHENTICATED', message: 'Sign in to import.' };
      }
      const permissions = [...new Set(Object.values(IMPORT_PERMISSION))];
      if (actor.mfaEnrollmentRequired || !permissions.some(p => actor.permissions.has(p))) {
        return {
          status: 403,
          code: 'FORBIDDEN',
          message: `Importing needs one of the permissions ${permissions.map(p => `"${p}"`).join(', ')}.`,
        };
      }
      return storeUpload(ctx, actor, name ?? '', body);
    });
    if (!upload) return;
    res.status(201).json({
      upload: { id: upload.id, fileName: upload.fileName, bytes: upload.bytes },
    });
  };
}
