import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type express from 'express';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Config } from '../../core/config.js';
import type { RequestContext } from '../../core/context.js';
import type { Logger } from '../../core/logger.js';
import { LIMITS } from '../../graphql/limits.js';
import { secretKey, ssoCallbackUrl } from './sso-client.js';
import { openAttempt, sealAttempt, ssoCookieName, stateMatches } from './sso-state.js';
import { beginSsoSignIn, completeSsoSignIn, type SsoErrorCode } from './sso.service.js';

export type SsoRouteDeps = {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  /** The request context the GraphQL endpoint uses (app.ts), with nobody signed in. */
  newContext: (req: Request, em: EntityManager, requestId: string) => RequestContext;
  /** The session cookie's name and whether cookies are Secure (from the public URL). */
  sessionCookieName: string;
  secureCookies: boolean;
};

/** Where the SPA's sign-in page explains what went wrong (client/src/features/auth). */
function signInPageWith(error: SsoErrorCode, slug: string | null): string {
  const query = new URLSearchParams({ ...(slug ? { site: slug } : {}), sso_error: error });
  return `/sign-in?${query.toString()}`;
}

/**
 * GET /auth/sso/start?site=<slug>[&returnTo=<path>][&reauth=1] sends the browser to the site's
 * identity provider (with reauth=1 to confirm the signed-in person again);
 * GET /auth/sso/callback is where the provider sends it back, then on to `returnTo` (a path on
 * this origin, else '/'). Plain routes, not GraphQL: top-level navigations ending in a redirect.
 */
export function registerSsoRoutes(app: express.Express, deps: SsoRouteDeps): void {
  const { config, logger } = deps;
  const attemptCookie = ssoCookieName(deps.secureCookies);
  const cookie = (name: string, value: string, maxAgeSeconds: number) =>
    serializeCookie(name, value, {
      httpOnly: true,
      secure: deps.secureCookies,
      sameSite: 'lax',
      path: '/',
      maxAge: maxAgeSeconds,
    });

  app.get('/auth/sso/start', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const start = await beginSsoSignIn(deps.orm.em.fork(), config, req.query.site, {
        returnTo: req.query.returnTo,
        reauth: req.query.reauth === '1',
      });
      if (!start.ok) {
        res.redirect(302, signInPageWith(start.error, start.slug));
        return;
      }
      const maxAge = Math.floor((start.attempt.expiresAt - Date.now()) / 1000);
      res.append(
        'Set-Cookie',
        cookie(attemptCookie, sealAttempt(start.attempt, secretKey(config)), maxAge),
      );
      res.redirect(302, start.redirectTo.href);
    } catch (error) {
      logger.error({ err: error }, 'single sign-on start failed');
      res.redirect(302, signInPageWith('SSO_FAILED', null));
    }
  });

  app.get('/auth/sso/callback', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const requestId = randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const cookies = parseCookies(req.headers.cookie ?? '');
    // The attempt cookie is spent whatever happens next.
    res.append('Set-Cookie', cookie(attemptCookie, '', 0));
    const attempt = openAttempt(cookies[attemptCookie], secretKey(config));
    if (!attempt || !stateMatches(attempt, req.query.state)) {
      res.redirect(302, signInPageWith('SSO_STATE_INVALID', attempt?.slug ?? null));
      return;
    }
    const callbackUrl = new URL(ssoCallbackUrl(config));
    callbackUrl.search = new URL(req.originalUrl, 'http://localhost').search;

    const em = deps.orm.em.fork();
    await em.begin();
    try {
      await em.execute(`set local statement_timeout = ${LIMITS.executionTimeoutMs}`);
      const ctx = deps.newContext(req, em, requestId);
      const outcome = await completeSsoSignIn(
        ctx,
        attempt,
        callbackUrl,
        cookies[deps.sessionCookieName],
      );
      await em.commit();
      const session = ctx.outcome.sessionCookie;
      if (!outcome.ok) {
        res.redirect(302, signInPageWith(outcome.error, attempt.slug));
        return;
      }
      // A sign-in sets a new session; a re-authentication renewed the one the browser has.
      if (session?.kind === 'set') {
        res.append(
          'Set-Cookie',
          cookie(deps.sessionCookieName, session.value, session.maxAgeSeconds),
        );
      }
      res.redirect(302, outcome.returnTo);
    } catch (error) {
      await em.rollback().catch(() => undefined);
      logger.error({ err: error, requestId }, 'single sign-on callback failed');
      res.redirect(302, signInPageWith('SSO_FAILED', attempt.slug));
    }
  });
}
