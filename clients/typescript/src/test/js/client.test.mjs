// The TypeScript SDK against a stand-in server: one base URL, the token provider's token on every call, a 401
// retried once with a refreshed token, and the client-credentials provider. Run by the build (node --test) on the
// compiled package in target/typescript (CASCADE_TS_SDK).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const sdk = require(path.resolve(process.env.CASCADE_TS_SDK ?? '../../../target/typescript'));

async function server(handler) {
    const requests = [];
    const http = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => { body += chunk; });
        request.on('end', () => {
            requests.push({ method: request.method, url: request.url, authorization: request.headers.authorization, body });
            const [status, answer] = handler(request, body);
            response.writeHead(status, { 'content-type': 'application/json' });
            response.end(JSON.stringify(answer));
        });
    });
    await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${http.address().port}`, requests, close: () => http.close() };
}

const clock = { instant: '2027-03-30T01:00:00Z', offsetSeconds: 10800000 };

test('a call goes to the one base URL with the provider token and is read into the model', async () => {
    const api = await server(() => [200, clock]);
    try {
        const client = new sdk.ClockApi(sdk.cascadeConfiguration({ baseUrl: api.url + '/', tokens: { accessToken: () => 't1' } }));
        const state = await client.reportingGetClock();
        assert.equal(state.offsetSeconds, 10800000);
        assert.equal(state.instant.toISOString(), '2027-03-30T01:00:00.000Z');
        assert.deepEqual(api.requests.map((r) => [r.method, r.url, r.authorization]),
            [['GET', '/api/v1/admin/reporting/clock', 'Bearer t1']]);
    } finally {
        api.close();
    }
});

test('a 401 is retried once with the refreshed token', async () => {
    const api = await server((request) => (request.headers.authorization === 'Bearer fresh' ? [200, clock] : [401, {}]));
    let refreshed = 0;
    const tokens = { accessToken: () => 'stale', refresh: (rejected) => { refreshed++; assert.equal(rejected, 'stale'); return 'fresh'; } };
    try {
        const state = await new sdk.ClockApi(sdk.cascadeConfiguration({ baseUrl: api.url, tokens })).planGetClock();
        assert.equal(state.offsetSeconds, 10800000);
        assert.equal(refreshed, 1);
        assert.deepEqual(api.requests.map((r) => r.authorization), ['Bearer stale', 'Bearer fresh']);
    } finally {
        api.close();
    }
});

test('a token refused even when fresh reaches the caller as a 401', async () => {
    const api = await server(() => [401, { status: 401 }]);
    try {
        const client = new sdk.ClockApi(sdk.cascadeConfiguration({ baseUrl: api.url, tokens: { accessToken: () => 'a', refresh: () => 'b' } }));
        await assert.rejects(client.directiveGetClock(), (error) => error.response?.status === 401);
        assert.equal(api.requests.length, 2);
    } finally {
        api.close();
    }
});

test('client credentials: one token request, cached, then sent to the API', async () => {
    const api = await server((request, body) => (request.url.endsWith('/token')
        ? [200, { access_token: 'portal-token', expires_in: 300, body }]
        : [200, clock]));
    try {
        const tokens = sdk.clientCredentials(api.url + '/realms/cascade/protocol/openid-connect/token', 'cascade-portal', 's3cret');
        const client = new sdk.ClockApi(sdk.cascadeConfiguration({ baseUrl: api.url, tokens }));
        await client.directiveGetClock();
        await client.directiveGetClock();
        const tokenRequests = api.requests.filter((r) => r.url.endsWith('/token'));
        assert.equal(tokenRequests.length, 1);
        assert.equal(tokenRequests[0].body, 'grant_type=client_credentials&client_id=cascade-portal&client_secret=s3cret');
        assert.deepEqual(api.requests.filter((r) => !r.url.endsWith('/token')).map((r) => r.authorization),
            ['Bearer portal-token', 'Bearer portal-token']);
    } finally {
        api.close();
    }
});
