/** A response as tests look at it: status, headers and the parsed JSON body (or null). */
export type TestResponse<T = any> = { status: number; headers: Headers; body: T };

type RequestOptions = {
  body?: unknown;
  /** Raw body text, sent as is (for malformed-JSON tests). */
  raw?: string;
  headers?: Record<string, string>;
  /** Leave out the CSRF header even when the client has a token. */
  noCsrf?: boolean;
  /** A multipart form, sent as is (fetch sets its content type). */
  form?: FormData;
};

/**
 * A small HTTP client over real fetch with a cookie jar, like a browser tab: it keeps the
 * cookies the server sets and sends the CSRF token on writes once it has fetched one.
 */
export class HttpClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(readonly baseUrl: string) {}

  get = <T = any>(path: string, options?: RequestOptions) => this.request<T>('GET', path, options);
  post = <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
    this.request<T>('POST', path, { ...options, body });
  put = <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
    this.request<T>('PUT', path, { ...options, body });
  patch = <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
    this.request<T>('PATCH', path, { ...options, body });
  delete = <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
    this.request<T>('DELETE', path, { ...options, body });

  /** Fetches a CSRF token; later writes send it. */
  async fetchCsrf(): Promise<string> {
    const response = await this.get<{ token: string }>('/api/auth/csrf');
    this.csrfToken = response.body.token;
    return this.csrfToken;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (this.csrfToken && method !== 'GET' && !options.noCsrf) {
      headers['x-csrf-token'] = this.csrfToken;
    }
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    let body: string | FormData | undefined = options.form ?? options.raw;
    if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !options.form) headers['content-type'] ??= 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    for (const line of response.headers.getSetCookie()) this.storeCookie(line);
    const text = await response.text();
    let parsed: unknown = null;
    if (text && response.headers.get('content-type')?.includes('application/json')) {
      parsed = JSON.parse(text);
    }
    return { status: response.status, headers: response.headers, body: parsed as T };
  }

  private storeCookie(line: string) {
    const [pair = '', ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => {
      const [k, v] = a.trim().split('=');
      return k?.toLowerCase() === 'expires' && v !== undefined && Date.parse(v) <= Date.now();
    });
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}
