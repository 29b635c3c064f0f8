package vn.cascade.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The overlays' KeycloakRealmImports are the realm files of deploy/keycloak (see {@link RealmImports}), and the
 * demo realm is the production realm plus the demo additions only.
 * After a change to the realm, rewrite them with
 * {@code ./mvnw -B -pl deploy/deployment-checks -am test -Dtest=RealmImportTest -Dsurefire.failIfNoSpecifiedTests=false -Dcascade.deploy.write-realm-imports=true}.
 */
class RealmImportTest {

    private static final boolean WRITE = Boolean.getBoolean("cascade.deploy.write-realm-imports");
    private static final String HEADER = """
            # Generated from deploy/keycloak/%s by deploy/deployment-checks (RealmImports, %s);
            # do not edit: change the realm file, then rewrite this file as RealmImportTest's comment says.
            """;

    @Test
    void shouldImportTheProjectRealmWithItsDemoUsersInDev() throws IOException {
        Map<String, Object> realmImport = check("dev", "demo/cascade-realm.json", RealmImports::dev);

        assertEquals(RealmImports.demoRealm(), Yaml.at(realmImport, "spec", "realm"));
    }

    @Test
    void shouldKeepTheDemoRealmTheProductionRealmPlusItsDemoAdditionsOnly() {
        assertEquals(RealmImports.realm(), RealmImports.withoutDemoAdditions(RealmImports.demoRealm()),
                RealmImports.DEMO_REALM_FILE + " must be " + RealmImports.REALM_FILE
                        + " plus demo users, the clients cascade-cli and cascade-swagger-ui and the portal's demo secret, nothing else");
    }

    @Test
    void shouldImportTheRealmWithoutDemoUsersOrPasswordGrantInProduction() throws IOException {
        Map<String, Object> realmImport = check("production", "cascade-realm.json", RealmImports::production);

        List<Object> users = Yaml.list(realmImport, "spec", "realm", "users");
        assertTrue(users.stream().allMatch(user -> Yaml.at(user, "credentials") == null && Yaml.text(user, "serviceAccountClientId") != null),
                "only service accounts, no user with a password");
        assertFalse(Yaml.list(realmImport, "spec", "realm", "clients").stream()
                .anyMatch(client -> RealmImports.DEMO_CLIENT.equals(Yaml.text(client, "clientId"))), "no password-grant demo client");
        String portalSecret = Yaml.list(RealmImports.demoRealm(), "clients").stream()
                .filter(client -> RealmImports.PORTAL_CLIENT.equals(Yaml.text(client, "clientId")))
                .map(client -> Yaml.text(client, "secret")).findFirst().orElseThrow();
        assertFalse(Repository.read(file("production")).contains(portalSecret), "the demo client secret is not in production");
    }

    private static Map<String, Object> check(String overlay, String realmFile, Function<String, Map<String, Object>> expected)
            throws IOException {
        Path file = file(overlay);
        String keycloak = Kustomize.name(Deployments.ofKind(Kustomize.render(Deployments.K8S.resolve("base")), "Keycloak").get(0));
        Map<String, Object> wanted = expected.apply(keycloak);
        if (WRITE) {
            Files.writeString(file, RealmImports.toYaml(wanted, HEADER.formatted(realmFile, overlay)), StandardCharsets.UTF_8);
        }
        Map<String, Object> actual = Yaml.single(file);
        assertEquals(Yaml.copy(wanted), actual, Repository.ROOT.relativize(file)
                + " differs from what deploy/keycloak/" + realmFile + " gives; rewrite it (see RealmImportTest)");
        return actual;
    }

    private static Path file(String overlay) {
        return Deployments.K8S.resolve("overlays").resolve(overlay).resolve("keycloak-realm-import.yaml");
    }
}
