import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import type { Browser } from './browser.js';

/** Claims of a person at the test identity provider; `sub` is the login name. */
export type IdpAccount = { email?: string; email_verified?: boolean; name?: string };

export type IdpClient = { clientId: string; clientSecret: string; redirectUri: string };

type ProviderConstructor = new (
  issuer: string,
  configuration: Record<string, unknown>,
) => { callback: () => http.RequestListener };

/** oidc-provider ships no types: the little used here is typed above. */
async function loadProvider(): Promise<ProviderConstructor> {
  const specifier = 'oidc-provider';
  return ((await import(specifier)) as { default: ProviderConstructor }).default;
}

export type TestIdp = {
  issuer: string;
  /** Add or change people at any time; the login form takes the key as the login name. */
  accounts: Map<string, IdpAccount>;
  close: () => Promise<void>;
};

/**
 * A real OpenID Connect provider (panva's oidc-provider) on a random port, with its development
 * login and consent pages. `claimsInIdToken` puts email and name into the ID token (as Microsoft
 * Entra ID does); otherwise they are only available from the UserInfo endpoint.
 */
export async function startTestIdp(options: {
  clients: IdpClient[];
  claimsInIdToken?: boolean;
}): Promise<TestIdp> {
  const server = http.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, IdpAccount>();
  const Provider = await loadProvider();
  const provider = new Provider(issuer, {
    clients: options.clients.map(c => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
    })),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    conformIdTokenClaims: !options.claimsInIdToken,
    cookies: { keys: ['horae-test-idp-cookie-key'] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...accounts.get(sub) }) };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    accounts,
    close: async () => {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    },
  };
}

/** A free port: Horae needs its public address (the callback registered at the IdP) to start. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise(resolve => probe.close(resolve));
  return port;
}

/**
 * From `from` (Horae's start URL or an authorization URL) through the provider's development
 * pages (sign-in, consent, or cancelling); returns the URL the provider sends the browser back
 * to, unvisited (`isCallback` picks it). `prompts` collects the pages shown ('login', 'consent').
 */
export async function throughTestIdp(
  browser: Browser,
  from: string | URL,
  login: string,
  isCallback: (url: URL) => boolean,
  options: { cancel?: boolean; prompts?: string[] } = {},
): Promise<URL> {
  let step = await browser.navigate(from, {}, isCallback);
  for (let page = 0; page < 6 && !step.next; page++) {
    const html = await step.res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (action && !prompt && html.includes('document.forms[0].submit()')) {
      // A page that submits itself, e.g. ending the provider's session of another account.
      const form = Object.fromEntries(
        [...html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)"/g)].map(m => [
          m[1]!,
          m[2]!,
        ]),
      );
      step = await browser.navigate(
        new URL(action, step.url),
        { method: 'POST', form },
        isCallback,
      );
      continue;
    }
    if (!action || !prompt) throw new Error(`Unexpected provider page: ${html.slice(0, 500)}`);
    options.prompts?.push(prompt);
    step = options.cancel
      ? await browser.navigate(new URL(`${action}/abort`, step.url), {}, isCallback)
      : await browser.navigate(
          new URL(action, step.url),
          {
            method: 'POST',
            form: prompt === 'login' ? { prompt, login, password: 'whatever' } : { prompt },
          },
          isCallback,
        );
  }
  if (!step.next) throw new Error('The provider did not send the browser back to Horae');
  return step.next;
}
