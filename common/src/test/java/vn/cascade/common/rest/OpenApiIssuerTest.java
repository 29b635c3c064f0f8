package vn.cascade.common.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

/** The served document names the realm the service trusts, whatever the build wrote. */
class OpenApiIssuerTest {

    private static final String BUILT = "http://localhost:8180/realms/cascade/.well-known/openid-configuration";

    @Test
    void shouldNameTheConfiguredRealmsDiscoveryDocument() {
        OpenAPI document = document();
        OpenApiIssuer.name(document, Optional.of("http://localhost:41234/realms/cascade/"));
        assertEquals("http://localhost:41234/realms/cascade/.well-known/openid-configuration", url(document));
    }

    @Test
    void shouldLeaveTheBuiltAddressWithoutARealm() {
        OpenAPI document = document();
        OpenApiIssuer.name(document, Optional.empty());
        assertEquals(BUILT, url(document));
        OpenApiIssuer.name(document, Optional.of(" "));
        assertEquals(BUILT, url(document));
    }

    private static OpenAPI document() {
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().addSecurityScheme(
                OpenApiIssuer.SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl(BUILT)));
    }

    private static String url(OpenAPI document) {
        return document.getComponents().getSecuritySchemes().get(OpenApiIssuer.SCHEME).getOpenIdConnectUrl();
    }
}
