import { HeaderMap, type ApolloServer } from '@apollo/server';
import { wrap, type EntityManager, type EntityName, type MikroORM } from '@mikro-orm/postgresql';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import DataLoader from 'dataloader';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, type Config } from './core/config.js';
import type { Logger } from './core/logger.js';
import { createMailer } from './core/mailer.js';
import { initOrm } from './core/orm.js';
import { createApollo, type HoraeContext } from './graphql/apollo.js';
import { LIMITS } from './graphql/limits.js';
import { resolveSession, sessionCookieName } from './modules/auth/session.service.js';
import type { Group } from './modules/group/group.entity.js';
import { groupsOfUsers } from './modules/group/group.service.js';
import { countServiceRequest, resolveServiceToken } from './modules/service/token.service.js';
import { registerSsoRoutes } from './modules/sso/sso.routes.js';
import { exportHandler } from './modules/export/export.route.js';
import { personalDataHandler } from './modules/privacy/privacy.route.js';
import { importUploadHandler } from './modules/import/import-upload.route.js';
import pg from 'pg';

/** A request answered before it runs, in the same shape as GraphQL errors. */
export type Refusal = {
  status: number;
  code: string;
  message: string;
  retryAfterSeconds?: number;
  extensions?: Record<string, unknown>;
};

function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value;
}

export function sendRefusal(res: Response, refusal: Refusal): void {
  if (refusal.retryAfterSeconds) res.setHeader('Retry-After', String(refusal.retryAfterSeconds));
  res.status(refusal.status).json({
    errors: [
      {
        message: refusal.message,
        extensions: {
          code: refusal.code,
          ...(refusal.retryAfterSeconds ? { retryAfterSeconds: refusal.retryAfterSeconds } : {}),
          ...refusal.extensions,
        },
      },
    ],
  });
}

export type HoraeApp = {
  app: express.Express;
  orm: MikroORM;
  apollo: ApolloServer<HoraeContext>;
  close: () => Promise<void>;
};

const clientDist = path.join(repoRoot, 'client', 'dist');

function securityTxt(config: Config): string {
  const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
  return [
    `Contact: ${config.securityContact}`,
    `Expires: ${expires}`,
    `Preferred-Languages: en, nl`,
    `Canonical: ${new URL('/.well-known/security.txt', config.publicUrl).toString()}`,
    '',
  ].join('\n');
}

/** One DataLoader per entity type and request; see RequestContext.loadById. */
function createLoadById(em: EntityManager) {
  const loaders = new Map<unknown, DataLoader<string, object | null>>();
  return <T extends object>(entity: EntityName<T>, id: string): Promise<T | null> => {
    let loader = loaders.get(entity);
    if (!loader) {
      loader = new DataLoader<string, object | null>(async ids => {
        // Rows a list already loaded with its page (populate) are in the identity map.
        const byId = new Map<string, object>();
        for (const id of ids) {
          const known = em.getUnitOfWork().getById<object>(entity as EntityName<object>, id);
          if (known && wrap(known).isInitialized()) byId.set(id, known);
        }
        const missing = ids.filter(id => !byId.has(id));
        if (missing.length) {
          const rows = await em.find(entity, { id: { $in: missing } } as never);
          for (const r of rows) byId.set((r as unknown as { id: string }).id, r);
        }
        return ids.map(id => byId.get(id) ?? null);
      });
      loaders.set(entity, loader);
    }
    return loader.load(id) as Promise<T | null>;
  };
}

export async function createApp(
  config: Config,
  logger: Logger,
  databaseAppUrl: string,
  options: { onQuery?: (sql: string) => void } = {},
): Promise<HoraeApp> {
  const { onQuery } = options;
  const orm = await initOrm(
    databaseAppUrl,
    // Lets tests count SQL statements per request (the no-N+1 guarantee).
    onQuery
      ? { debug: ['query'], colors: false, logger: (message: string) => onQuery(message) }
      : {},
  );
  const apollo = await createApollo(config, logger);
  const mailer = createMailer(config, logger);
  const secureCookies = new URL(config.publicUrl).protocol === 'https:';
  const cookieName = sessionCookieName(secureCookies);
  const allowedOrigins = new Set(config.corsOrigins);

  /** The context of one request, inside its transaction (`em`); nobody is signed in yet. */
  const newContext = (req: Request, em: EntityManager, requestId: string): HoraeContext => ({
    config,
    logger,
    mailer,
    em,
    actor: null,
    authProblem: null,
    pendingMfa: null,
    ip: req.ip ?? req.socket.remoteAddress ?? null,
    userAgent: req.get('user-agent') ?? null,
    requestId,
    outcome: { sessionCookie: null, internalError: false },
    loaders: {
      groupsByUser: new DataLoader<string, Group[]>(async ids => {
        const byUser = await groupsOfUsers(em, ids);
        return ids.map(id => byUser.get(id) ?? []);
      }),
    },
    loadById: createLoadById(em),
    enterSite: async siteId => {
      await em.execute(`select set_config('app.site_id', ?, true)`, [siteId]);
      em.setFilterParams('site', { siteId });
    },
  });

  /**
   * Who is calling: a service token (Authorization: Bearer) or a session cookie. Sets the actor
   * or the reason there is none; returns a refusal only when a service has used its quota.
   */
  const authenticate = async (ctx: HoraeContext, req: Request): Promise<Refusal | null> => {
    const authorization = req.get('authorization');
    const cookieValue = parseCookies(req.headers.cookie ?? '')[cookieName];
    if (authorization) {
      const resolution = await resolveServiceToken(ctx, authorization);
      if ('problem' in resolution) {
        ctx.authProblem = resolution.problem;
        logger.info(
          { requestId: ctx.requestId, reason: resolution.reason },
          'bearer token refused',
        );
        return null;
      }
      ctx.actor = resolution.actor;
      if (resolution.actor.preview) return null;
      const quota = await countServiceRequest(
        orm.em.fork(),
        resolution.actor.serviceId,
        resolution.requestsPerMinute,
      );
      if (!quota.limited) return null;
      return {
        status: 429,
        code: 'RATE_LIMITED',
        message: `This service has used its quota of ${resolution.requestsPerMinute} requests per minute. Try again in ${quota.retryAfterSeconds} seconds.`,
        retryAfterSeconds: quota.retryAfterSeconds,
        extensions: { limit: resolution.requestsPerMinute },
      };
    }
    if (cookieValue) {
      const resolution = await resolveSession(ctx, cookieValue);
      if ('actor' in resolution) ctx.actor = resolution.actor;
      else if ('pending' in resolution) ctx.pendingMfa = resolution.pending;
      // An unusable cookie is only reported (UNAUTHENTICATED with its reason), never cleared:
      // a request sent with an older cookie may be answered after a newer one was set (the
      // second sign-in step replaces the waiting session), and clearing would sign the browser
      // out of its new session. Only signing out clears the cookie.
      else ctx.authProblem = resolution.problem;
    }
    return null;
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy.length ? config.trustProxy : false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: secureCookies
        ? { maxAge: 31_536_000, includeSubDomains: true }
        : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    }),
  );

  // CORS allow-list for the API: a browser request from a foreign origin never reaches it.
  // Same-origin requests (the SPA served from whatever host name reached this server) pass.
  app.use('/graphql', (req, res, next) => {
    const origin = req.headers.origin;
    if (origin) {
      const sameOrigin = origin === `${req.protocol}://${req.get('host') ?? ''}`;
      if (!sameOrigin && !allowedOrigins.has(origin)) {
        res.status(403).json({
          errors: [
            { message: `Origin ${origin} is not allowed.`, extensions: { code: 'FORBIDDEN' } },
          ],
        });
        return;
      }
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader(
          'Access-Control-Allow-Headers',
          'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
        );
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.get('/.well-known/security.txt', (_req, res) => {
    res.type('text/plain').send(securityTxt(config));
  });

  /**
   * Runs `work` in a request transaction with the caller authenticated (cookie or bearer, with the
   * service quota), commits, and returns its result; answers refusals and problems itself (null).
   */
  const withContext = async <T>(
    req: Request,
    res: Response,
    work: (ctx: HoraeContext) => Promise<T | Refusal>,
  ): Promise<T | null> => {
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const em = orm.em.fork();
    await em.begin();
    try {
      await em.execute(`set local statement_timeout = ${LIMITS.executionTimeoutMs}`);
      const ctx = newContext(req, em, requestId);
      const refusal = await authenticate(ctx, req);
      const result = refusal ?? (await work(ctx));
      await em.commit();
      if (isRefusal(result)) {
        sendRefusal(res, result);
        return null;
      }
      return result;
    } catch (error) {
      await em.rollback().catch(() => undefined);
      throw error;
    }
  };

  // CSV exports: GET /export/<resource>.csv with the session cookie or a service token.
  const exportPool = new pg.Pool({ connectionString: databaseAppUrl, max: 4 });
  app.get('/export/:file', (req, res, next) => {
    const file = String(req.params.file);
    if (file === 'personal-data.zip') {
      personalDataHandler(withContext)(req, res).catch(next);
      return;
    }
    if (!file.endsWith('.csv')) {
      next();
      return;
    }
    exportHandler({ withContext, pool: exportPool, logger })(req, res, file.slice(0, -4)).catch(
      next,
    );
  });

  // CSV import: the file's bytes arrive here (up to 5 MB, not through the 64 kB JSON limit of
  // /graphql); importPreview and importApply then read it by its id.
  app.post('/import/files', (req, res, next) => {
    importUploadHandler(withContext)(req, res).catch(next);
  });

  app.use('/graphql', express.json({ limit: '64kb' }));
  app.all('/graphql', async (req: Request, res: Response) => {
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.setHeader('Cache-Control', 'no-store');
    const body: unknown = req.body;
    const query =
      req.method === 'GET' ? req.query.query : (body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && query.length > LIMITS.documentCharacters) {
      res.status(400).json({
        errors: [
          { message: 'The query document is too large.', extensions: { code: 'BAD_USER_INPUT' } },
        ],
      });
      return;
    }

    const em = orm.em.fork();
    await em.begin();
    let finished = false;
    try {
      await em.execute(`set local statement_timeout = ${LIMITS.executionTimeoutMs}`);
      const ctx = newContext(req, em, requestId);
      const refusal = await authenticate(ctx, req);
      if (refusal) {
        await em.rollback();
        finished = true;
        sendRefusal(res, refusal);
        return;
      }

      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers,
          search: new URL(req.originalUrl, 'http://localhost').search,
          body,
        },
        context: () => Promise.resolve(ctx),
      });
      if (ctx.outcome.internalError) await em.rollback();
      else await em.commit();
      finished = true;

      const cookie = ctx.outcome.sessionCookie;
      if (cookie) {
        res.append(
          'Set-Cookie',
          serializeCookie(cookieName, cookie.kind === 'set' ? cookie.value : '', {
            httpOnly: true,
            secure: secureCookies,
            sameSite: 'lax',
            path: '/',
            maxAge: cookie.kind === 'set' ? cookie.maxAgeSeconds : 0,
          }),
        );
      }
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (ctx.outcome.retryAfterSeconds) {
        res.setHeader('Retry-After', String(Math.ceil(ctx.outcome.retryAfterSeconds)));
      }
      res.status(response.status ?? 200);
      if (response.body.kind === 'complete') {
        res.send(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (!finished) await em.rollback().catch(() => undefined);
      logger.error({ err: error, requestId }, 'request failed');
      if (!res.headersSent) {
        res.status(500).json({
          errors: [
            {
              message: 'Something went wrong on our side. The request was not applied; try again.',
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        });
      }
    }
  });

  registerSsoRoutes(app, {
    orm,
    config,
    logger,
    newContext,
    sessionCookieName: cookieName,
    secureCookies,
  });

  // The SPA: static assets, and index.html for client-side routes.
  if (fs.existsSync(path.join(clientDist, 'index.html'))) {
    app.use(
      express.static(clientDist, {
        index: false,
        setHeaders: (res, file) => {
          if (file.includes(`${path.sep}assets${path.sep}`)) {
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          }
        },
      }),
    );
    app.get(/^\/(?!graphql|export\/|healthz|readyz|\.well-known).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(clientDist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send(
          'Horae API is running at /graphql. Build the SPA with "pnpm --filter @horae/client build".',
        );
    });
  }

  return {
    app,
    orm,
    apollo,
    close: async () => {
      await apollo.stop();
      await orm.close(true);
      await exportPool.end();
    },
  };
}
