import http from 'node:http';
import type { AddressInfo } from 'node:net';

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
