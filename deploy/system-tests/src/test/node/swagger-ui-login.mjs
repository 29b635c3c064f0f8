// An administrator tries the API in the browser: Debian's Chromium (headless, driven by playwright-core) opens a
// service's Swagger UI, presses "Authorize", signs in on Keycloak's own login page with the authorization code +
// PKCE flow of the public client cascade-swagger-ui, then runs one operation ("Try it out", "Execute") and must
// see 200. Run by SwaggerUiBrowserIT; prints one line per step, exits 1 on a failure (with a screenshot).
// Environment: SWAGGER_UI_URL (…/q/swagger-ui of a service), OPERATION (an operationId of that service),
// LOGIN_USER, LOGIN_PASSWORD, CHROMIUM (the browser's executable), SCREENSHOT (where to write it on a failure).
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const STEP_TIMEOUT = 60_000;
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'vi-VN' });
context.setDefaultTimeout(STEP_TIMEOUT);
const page = await context.newPage();
try {
    await page.goto(process.env.SWAGGER_UI_URL);
    await page.locator('.swagger-ui .information-container').waitFor();
    console.log(`ok Swagger UI loaded: ${await page.title()}`);

    // "Authorize" lists the flows of the OpenID Connect discovery document; the authorization code one signs in.
    await page.locator('button.authorize').first().click();
    const flow = page.locator('.auth-container').filter({ hasText: 'authorization_code' }).first();
    await flow.waitFor();
    const clientId = await flow.locator('input#client_id, input[id^="client_id"]').first().inputValue();
    assert.equal(clientId, 'cascade-swagger-ui', 'Swagger UI must offer its own public client');
    const scope = flow.locator('input[type="checkbox"][id*="openid"]');
    if (await scope.count() > 0 && !(await scope.first().isChecked())) {
        await scope.first().check({ force: true });
    }
    const [login] = await Promise.all([
        page.waitForEvent('popup'),
        flow.locator('button.authorize, button:has-text("Authorize")').first().click(),
    ]);
    await login.waitForLoadState();
    const authorizeUrl = new URL(login.url());
    assert.equal(authorizeUrl.searchParams.get('code_challenge_method'), 'S256', 'the sign-in must use PKCE S256');
    console.log(`ok Keycloak's login page: ${authorizeUrl.origin}${authorizeUrl.pathname}`);

    await login.locator('#username').fill(process.env.LOGIN_USER);
    await login.locator('#password').fill(process.env.LOGIN_PASSWORD);
    await Promise.all([
        login.waitForEvent('close'),
        login.locator('#kc-login, [type="submit"]').first().click(),
    ]);
    // Swagger UI exchanged the code for a token (the redirect page handed it back): the flow shows it is authorised.
    await flow.locator('button.logout, button:has-text("Logout")').first().waitFor();
    console.log(`ok signed in as ${process.env.LOGIN_USER}; Swagger UI holds a token`);
    await page.locator('.modal-ux button.close-modal, .modal-ux .close-modal').first().click();

    // One operation, tried out: its block opens, "Try it out", "Execute", and the answer's status shows.
    const operation = page.locator(`#operations-${process.env.OPERATION_TAG}-${process.env.OPERATION}`);
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    const [answer] = await Promise.all([
        page.waitForResponse((response) => response.request().method() !== 'OPTIONS'
            && response.url().includes('/api/v1/')),
        operation.locator('button.execute').click(),
    ]);
    const authorization = await answer.request().headerValue('authorization');
    assert.match(authorization ?? '', /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/, 'the call must carry the signed-in token');
    const status = operation.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor();
    const shown = (await status.innerText()).trim();
    assert.equal(answer.status(), 200, `the API answered ${answer.status()}: ${await answer.text()}`);
    assert.equal(shown, '200', `Swagger UI shows ${shown}`);
    console.log(`ok ${process.env.OPERATION} from Swagger UI: ${answer.request().method()} ${new URL(answer.url()).pathname} → ${shown}`);
} catch (error) {
    if (process.env.SCREENSHOT) {
        await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true }).catch(() => {});
        console.log(`screenshot: ${process.env.SCREENSHOT}`);
    }
    throw error;
} finally {
    await browser.close();
}
