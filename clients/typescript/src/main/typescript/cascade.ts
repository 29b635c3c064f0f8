// Hand-written beside the generated code (clients/typescript/src/main/typescript): one client object for the whole
// API behind the gateway, and where its bearer token comes from.
import { Configuration, FetchAPI, Middleware, RequestContext, ResponseContext } from './runtime';

/**
 * Where the SDK gets its bearer token: a browser app's sign-in (authorization code with PKCE), or a portal's
 * client-credentials grant ({@link clientCredentials}). No global state: each client has its own provider.
 */
export interface TokenProvider {
    /** The access token to send now (a cached one is fine), or undefined to call without one. */
    accessToken(): string | undefined | Promise<string | undefined>;
    /**
     * The API answered 401 to `rejected`: a fresh token (refreshed, or fetched anew), or undefined to let the 401
     * reach the caller. The call is retried once with it.
     */
    refresh?(rejected: string): string | undefined | Promise<string | undefined>;
}

function withToken(init: RequestInit, token: string): RequestInit {
    const headers: Record<string, string> = {};
    new Headers(init.headers as HeadersInit | undefined).forEach((value, name) => { headers[name] = value; });
    headers['authorization'] = `Bearer ${token}`;
    return { ...init, headers };
}

/**
 * A middleware that puts the provider's token on every request and retries a 401 once with a refreshed one. The
 * retry goes straight to `fetchApi`, not through the middleware chain again, so it is never retried a second time.
 */
export function bearerAuth(tokens: TokenProvider, fetchApi?: FetchAPI): Middleware {
    const sent = new WeakMap<RequestInit, string>();
    return {
        async pre(context: RequestContext) {
            const token = await tokens.accessToken();
            if (!token) {
                return;
            }
            const init = withToken(context.init, token);
            sent.set(init, token);
            return { url: context.url, init };
        },
        async post(context: ResponseContext) {
            const rejected = sent.get(context.init);
            if (context.response.status !== 401 || !rejected || !tokens.refresh) {
                return;
            }
            const fresh = await tokens.refresh(rejected);
            if (!fresh || fresh === rejected) {
                return;
            }
            return (fetchApi ?? fetch)(context.url, withToken(context.init, fresh));
        },
    };
}

/**
 * A portal's token provider: the OAuth 2 client-credentials grant against Keycloak's token endpoint
 * (`https://sso.example.gov.vn/realms/cascade/protocol/openid-connect/token`, client `cascade-portal`), cached
 * until half a minute before it expires, fetched anew on a 401. Servers only: a secret never ships to a browser.
 */
export function clientCredentials(tokenEndpoint: string, clientId: string, clientSecret: string,
                                  fetchApi: FetchAPI = fetch): TokenProvider {
    let token: string | undefined;
    let expires = 0;
    let pending: Promise<string> | undefined;
    const fetchToken = (): Promise<string> => {
        pending ??= (async () => {
            const response = await fetchApi(tokenEndpoint, {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
            });
            if (!response.ok) {
                throw new Error(`Token endpoint answered ${response.status}: ${await response.text()}`);
            }
            const body = await response.json() as { access_token: string; expires_in?: number };
            token = body.access_token;
            expires = Date.now() + Math.max((body.expires_in ?? 60) - 30, 0) * 1000;
            return body.access_token;
        })().finally(() => { pending = undefined; });
        return pending;
    };
    return {
        accessToken: () => (token && Date.now() < expires ? token : fetchToken()),
        refresh: (rejected) => (token && token !== rejected ? token : fetchToken()),
    };
}

export interface CascadeClientOptions {
    /** The gateway: `https://api.example.gov.vn`, or `http://localhost:8080` for the local stack. */
    baseUrl: string;
    tokens?: TokenProvider;
    /** Another fetch (tests, a proxy agent); the global one otherwise. */
    fetchApi?: FetchAPI;
    middleware?: Middleware[];
}

/** The configuration every generated API class takes: base URL, token middleware, fetch. */
export function cascadeConfiguration(options: CascadeClientOptions): Configuration {
    return new Configuration({
        basePath: options.baseUrl.replace(/\/+$/, ''),
        fetchApi: options.fetchApi,
        middleware: [...(options.tokens ? [bearerAuth(options.tokens, options.fetchApi)] : []), ...(options.middleware ?? [])],
    });
}
