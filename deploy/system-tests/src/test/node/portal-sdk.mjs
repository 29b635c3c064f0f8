// A portal's first calls through the TypeScript SDK (@cascade/client, built in clients/typescript) against the
// running stack: a client-credentials token from Keycloak for cascade-portal, then one call to each service
// through the gateway's one base URL. Run by TypeScriptSdkIT; prints one line per check, exits 1 on a failure.
// Environment: CASCADE_TS_SDK (the built package), GATEWAY_URL, TOKEN_URL, PORTAL_SECRET.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const sdk = require(process.env.CASCADE_TS_SDK);
const tokens = sdk.clientCredentials(process.env.TOKEN_URL, 'cascade-portal', process.env.PORTAL_SECRET);
const config = sdk.cascadeConfiguration({ baseUrl: process.env.GATEWAY_URL, tokens });

// Runs after CascadeStoryIT on the same stack (failsafe's alphabetical order): the portal's organisation (VPTW) is
// registered, which plan-service and reporting-service require of a caller. Counts, not contents.
const organizations = await new sdk.OrganizationsApi(config).searchOrganizations({ size: 5 });
assert.equal(typeof organizations.total, 'number');
console.log(`ok directive-service: ${organizations.total} organisations`);

const plans = await new sdk.PlansApi(config).listPlans({ size: 5 });
assert.equal(typeof plans.total, 'number');
console.log(`ok plan-service: ${plans.total} plans`);

const obligations = await new sdk.ReportingObligationsApi(config).listObligations({ size: 5 });
assert.equal(typeof obligations.total, 'number');
console.log(`ok reporting-service: ${obligations.total} obligations`);

// The portal reads, it does not administer: 403 with a problem body, through the same client.
let refused;
try {
    await new sdk.AuditApi(config).planListAuditEntries();
} catch (error) {
    refused = error;
}
assert.equal(refused?.response?.status, 403, 'the plan audit must be refused to the portal');
const problem = await refused.response.json();
assert.equal(problem.status, 403);
console.log('ok the portal is refused the plan audit (403, problem+json)');
