package vn.cascade.common.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Names, in the OpenAPI document a running service serves (/q/openapi, read by its Swagger UI), the Keycloak realm
 * the service actually trusts ({@code quarkus.oidc.auth-server-url}), not the local stack's default that the build
 * writes into the stored documents: Swagger UI signs in wherever the realm is (another port in the system tests,
 * another host in a deployment that keeps Swagger UI on). Runs once at start-up.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenApiIssuer implements OASFilter {

    /** The security scheme's name ({@code quarkus.smallrye-openapi.security-scheme-name}). */
    static final String SCHEME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        name(openAPI, ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class));
    }

    /** Points the Keycloak scheme at the realm's discovery document; no realm configured: left as built. */
    static void name(OpenAPI openAPI, Optional<String> realm) {
        if (realm.isEmpty() || realm.get().isBlank() || openAPI.getComponents() == null
                || openAPI.getComponents().getSecuritySchemes() == null) {
            return;
        }
        SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get(SCHEME);
        if (scheme != null && scheme.getType() == SecurityScheme.Type.OPENIDCONNECT) {
            scheme.setOpenIdConnectUrl(discovery(realm.get()));
        }
    }

    static String discovery(String realmUrl) {
        String base = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        return base + "/.well-known/openid-configuration";
    }
}
