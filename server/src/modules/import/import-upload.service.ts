import { createHash } from 'node:crypto';
import type { Actor, RequestContext } from '../../core/context.js';
import { ImportUpload } from './import-upload.entity.js';

/** How long an uploaded file waits for its dry run and apply (an apply deletes it at once). */
export const UPLOAD_LIFETIME_MS = 60 * 60_000;
/** Older uploads of the same person are dropped: nobody juggles more files than this at once. */
const UPLOADS_KEPT_PER_ACTOR = 5;

export function uploaderKey(actor: Actor): string {
  return actor.kind === 'service' ? `service:${actor.serviceId}` : `user:${actor.userId}`;
}

/** A file name safe to show and store: no path, no control characters, at most 255 characters. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...(clean || 'upload.csv')].slice(0, 255).join('');
}

export async function storeUpload(
  ctx: RequestContext,
  actor: Actor,
  fileName: string,
  content: Buffer,
): Promise<ImportUpload> {
  const uploadedBy = uploaderKey(actor);
  // Tidy up on the way in: expired files of the site, and this person's oldest ones.
  await ctx.em.nativeDelete(ImportUpload, { expiresAt: { $lt: new Date() } });
  const mine = await ctx.em.find(
    ImportUpload,
    { uploadedBy },
    { fields: ['id'], orderBy: { createdAt: 'desc' }, offset: UPLOADS_KEPT_PER_ACTOR - 1 },
  );
  if (mine.length) await ctx.em.nativeDelete(ImportUpload, { id: { $in: mine.map(u => u.id) } });
  const upload = ctx.em.create(ImportUpload, {
    site: actor.siteId,
    uploadedBy,
    fileName: cleanFileName(fileName),
    bytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    expiresAt: new Date(Date.now() + UPLOAD_LIFETIME_MS),
  });
  await ctx.em.flush();
  return upload;
}

/** The caller's own upload, unexpired, with its content. */
export async function findUpload(
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<(ImportUpload & { content: Buffer }) | null> {
  const upload = await ctx.em.findOne(
    ImportUpload,
    { id, uploadedBy: uploaderKey(actor), expiresAt: { $gt: new Date() } },
    { populate: ['content'] },
  );
  return upload;
}
