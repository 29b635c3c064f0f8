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
 * A portal on Node with the TypeScript SDK the build compiled (clients/typescript): a client-credentials token for
 * cascade-portal, then the three services through the launcher's gateway, one base URL
 * (src/test/node/portal-sdk.mjs).
 */
@ExtendWith(CascadeStack.class)
class TypeScriptSdkIT {

    @Test
    void shouldServeAPortalThroughTheTypeScriptSdkAndTheGateway(RunningStack stack) throws Exception {
        Path root = Path.of(System.getProperty("cascade.root", "../..")).toAbsolutePath().normalize();
        Path sdk = root.resolve("clients/typescript/target/typescript");
        Assumptions.assumeTrue(Files.isRegularFile(sdk.resolve("dist/index.js")),
                "The TypeScript SDK is not built (no node/npm, or -Dcascade.typescript.skip): " + sdk);
        Path script = root.resolve("deploy/system-tests/src/test/node/portal-sdk.mjs");
        ProcessBuilder node = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
        node.environment().put("CASCADE_TS_SDK", sdk.toString());
        node.environment().put("GATEWAY_URL", stack.gatewayUrl);
        node.environment().put("TOKEN_URL", stack.realmUrl() + "/protocol/openid-connect/token");
        node.environment().put("PORTAL_SECRET", "cascade-portal-demo-secret");
        Process process = node.start();
        boolean ended = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ended) {
            process.destroyForcibly();
        }
        assertEquals(0, ended ? process.exitValue() : -1, output);
    }
}
