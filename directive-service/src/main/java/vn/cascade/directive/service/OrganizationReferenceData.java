package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The organisations named in the seed documents, bundled with the service and loaded only when an admin asks
 * (a production database gets its hierarchy from the real registry, not from demo data).
 */
@ApplicationScoped
public class OrganizationReferenceData {

    static final String RESOURCE = "reference-data/organizations.json";

    private final OrganizationImportReader reader;
    private final OrganizationService service;

    OrganizationReferenceData(OrganizationImportReader reader, OrganizationService service) {
        this.reader = reader;
        this.service = service;
    }

    /** Registers what is missing and leaves every code already registered alone, so it can run any number of times. */
    public OrganizationService.ImportOutcome load() {
        return service.importRows(reader.fromJson(bundled()), OrganizationService.ExistingCodes.SKIP);
    }

    private static String bundled() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
