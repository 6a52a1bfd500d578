/** A browser for tests: cookies per origin, redirects followed by hand so each hop can be seen. */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(new URL(origin).origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    this.jar(new URL(origin).origin).set(name, value);
  }

  private jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map()));
    return jar;
  }

  /** One request, no redirects followed; Set-Cookie lands in the origin's jar. */
  async request(
    url: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = new URL(url);
    const jar = this.jar(target.origin);
    const headers: Record<string, string> = {};
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(target, {
      method: init.method ?? 'GET',
      headers,
      body,
      redirect: 'manual',
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map(s => s.trim());
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      const expired = attributes.some(
        a =>
          /^max-age=0$/i.test(a) ||
          (/^expires=/i.test(a) && new Date(a.slice(8)).getTime() < Date.now()),
      );
      if (!value || expired) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /**
   * Requests and follows redirects until a page, or until the next hop is one `stopBefore`
   * picks (returned unvisited as `next`).
   */
  async navigate(
    url: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
    stopBefore: (next: URL) => boolean = () => false,
  ): Promise<{ res: Response; url: URL; next: URL | null }> {
    let current = new URL(url);
    let res = await this.request(current, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location)
        return { res, url: current, next: null };
      const next = new URL(location, current);
      if (stopBefore(next)) return { res, url: current, next };
      current = next;
      res = await this.request(current);
    }
    throw new Error(`Too many redirects at ${current.href}`);
  }
}
