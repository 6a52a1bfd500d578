export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  headers: Headers;
};

/** A partner's or browser's view of the API: real HTTP, a cookie jar, optional bearer token. */
export class GraphQLClient {
  cookie: string | null = null;
  bearer: string | null = null;
  /**
   * The client's address as the server sees it (through a trusted proxy header): a random one
   * from 198.18.0.0/15 (reserved for benchmarks), so that unrelated tests never share throttling.
   */
  ip = `198.${18 + Math.floor(Math.random() * 2)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
  constructor(
    readonly baseUrl: string,
    readonly extraHeaders: Record<string, string> = {},
  ) {}

  async request<T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-forwarded-for': this.ip,
      ...this.extraHeaders,
    };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [, value] = pair!.split('=');
      this.cookie = value ? pair! : null;
    }
    const json = (await res.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] };
    return {
      status: res.status,
      data: json.data ?? null,
      errors: json.errors,
      headers: res.headers,
    };
  }

  async login(site: string, email: string, password: string) {
    const res = await this.request(
      `mutation Login($input: LoginInput!) { login(input: $input) { viewer { user { id email } } errors { code message } } }`,
      { input: { site, email, password } },
    );
    return res;
  }
}

export function errorCodes(res: GraphQLResponse): unknown[] {
  return (res.errors ?? []).map(e => e.extensions?.code);
}
