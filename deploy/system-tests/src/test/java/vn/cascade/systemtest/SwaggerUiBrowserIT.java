package vn.cascade.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator tries the API in a real browser: Debian's Chromium, headless, driven by playwright-core from
 * Node (src/test/node/swagger-ui-login.mjs), opens directive-service's Swagger UI, presses "Authorize", signs in
 * as the demo admin on Keycloak's login page (authorization code + PKCE, public client cascade-swagger-ui, whose
 * redirect the launcher allows on the stack's ports), runs one operation and sees 200.
 */
@ExtendWith(CascadeStack.class)
class SwaggerUiBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("cascade.systemtest.chromium", "/usr/bin/chromium"));

    @Test
    void shouldSignInThroughKeycloakAndCallTheApiFromSwaggerUi(RunningStack stack) throws Exception {
        Path root = Path.of(System.getProperty("cascade.root", "../..")).toAbsolutePath().normalize();
        Path module = root.resolve("deploy/system-tests");
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "No Chromium at " + CHROMIUM + " (apt-get install chromium; .ci/run installs it)");
        Assumptions.assumeTrue(Files.isDirectory(module.resolve("node_modules/playwright-core")),
                "playwright-core is not installed (no node/npm, or -Dcascade.typescript.skip): " + module);
        Path screenshot = module.resolve("target/swagger-ui-failure.png");
        ProcessBuilder node = new ProcessBuilder("node", module.resolve("src/test/node/swagger-ui-login.mjs").toString())
                .directory(module.toFile()).redirectErrorStream(true);
        node.environment().put("SWAGGER_UI_URL", stack.directiveUrl + "/q/swagger-ui/");
        node.environment().put("OPERATION_TAG", "Organizations");
        node.environment().put("OPERATION", "searchOrganizations");
        node.environment().put("LOGIN_USER", "admin");
        node.environment().put("LOGIN_PASSWORD", "demo");
        node.environment().put("CHROMIUM", CHROMIUM.toString());
        node.environment().put("SCREENSHOT", screenshot.toString());
        Process process = node.start();
        boolean ended = process.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(output);
        assertEquals(0, ended ? process.exitValue() : -1, output);
    }
}
