package vn.cascade.directive.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.events.outgoing.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;

/** Registering many organisations at once, all or none: a bulk import, or the bundled reference data. */
@ApplicationScoped
@Transactional
public class OrganizationImport {

    /** The organisations named in the seed documents, bundled with the service. */
    static final String REFERENCE_DATA = "reference-data/organizations.json";

    /** What an import did: rows registered, rows left alone because their code already existed. */
    public record Outcome(int created, int existing) {
    }

    /** Whether rows whose code is already registered are errors (an import) or left alone (reference data). */
    public enum ExistingCodes { REJECT, SKIP }

    private final OrganizationRepository organizations;
    private final OrganizationService service;
    private final OrganizationEvents events;
    private final ObjectMapper objectMapper;

    OrganizationImport(OrganizationRepository organizations, OrganizationService service, OrganizationEvents events,
            ObjectMapper objectMapper) {
        this.organizations = organizations;
        this.service = service;
        this.events = events;
        this.objectMapper = objectMapper;
    }

    /**
     * Registers the organisations of the seed documents that are missing and leaves every code already registered
     * alone, so it can run any number of times. Loaded only when an admin asks: a production database gets its
     * hierarchy from the real registry, not from demo data.
     */
    public Outcome loadReferenceData() {
        List<NewOrganization> bundled = bundled();
        return importRows(IntStream.range(0, bundled.size())
                .mapToObj(index -> new ImportRow(index, bundled.get(index), List.of())).toList(), ExistingCodes.SKIP);
    }

    /**
     * Registers every row or none: all rows are checked first, against the database and against the rows
     * above them (a parent may be registered by an earlier row), and one problem lists every bad row.
     */
    public Outcome importRows(List<ImportRow> rows, ExistingCodes existingCodes) {
        organizations.lockHierarchy();
        List<Violation> errors = new ArrayList<>();
        rows.forEach(row -> errors.addAll(row.errors()));

        List<String> codes = rows.stream().filter(row -> row.organization() != null && row.organization().code() != null)
                .map(row -> row.organization().code().strip()).toList();
        List<String> parentCodes = rows.stream()
                .filter(row -> row.organization() != null && row.organization().parentCode() != null)
                .map(row -> row.organization().parentCode().strip()).toList();
        Map<String, Organization> registered = new HashMap<>(organizations.findByCodes(codes));
        organizations.findByCodes(parentCodes).forEach(registered::putIfAbsent);

        Map<String, Integer> rowOfCode = new HashMap<>();
        List<ImportRow> toCreate = new ArrayList<>();
        int existing = 0;
        for (ImportRow row : rows) {
            NewOrganization request = row.organization();
            if (request == null || request.code() == null) {
                continue;
            }
            String code = request.code().strip();
            Integer earlier = rowOfCode.putIfAbsent(code, row.index());
            if (earlier != null) {
                errors.add(new Violation(row.field("code"), "code " + code + " is already used by " + ImportRow.field(earlier, null)));
                continue;
            }
            if (registered.containsKey(code)) {
                if (existingCodes == ExistingCodes.SKIP) {
                    existing++;
                    continue;
                }
                errors.add(new Violation(row.field("code"), "an organisation with code " + code + " already exists"));
                continue;
            }
            if (request.memberCountDateWithoutCount()) {
                errors.add(new Violation(row.field("memberCountAsOf"), NewOrganization.MEMBER_COUNT_DATE_ALONE));
            }
            if (request.parentCode() != null) {
                parentProblem(rows, row, registered, rowOfCode)
                        .ifPresent(message -> errors.add(new Violation(row.field("parentCode"), message)));
            }
            toCreate.add(row);
        }
        if (!errors.isEmpty()) {
            long badRows = errors.stream().map(error -> error.field().replaceAll("^(rows\\[\\d+]).*", "$1")).distinct().count();
            throw DomainException.invalid(badRows + " of " + rows.size() + " rows are invalid; nothing was imported", errors);
        }

        List<Organization> created = new ArrayList<>();
        for (ImportRow row : toCreate) {
            String parentCode = row.organization().parentCode() == null ? null : row.organization().parentCode().strip();
            Organization organization = service.register(row.organization(),
                    parentCode == null ? null : registered.get(parentCode), service.validFromOrToday(row.organization()));
            registered.put(organization.code, organization);
            created.add(organization);
        }
        organizations.flush();
        created.forEach(events::changed);
        return new Outcome(created.size(), existing);
    }

    /** What is wrong with the parent a row names: itself, unknown, not yet registered, or ceased. */
    private static Optional<String> parentProblem(List<ImportRow> rows, ImportRow row,
            Map<String, Organization> registered, Map<String, Integer> rowOfCode) {
        String code = row.organization().code().strip();
        String parentCode = row.organization().parentCode().strip();
        Integer parentRow = rowOfCode.get(parentCode);
        Organization parent = registered.get(parentCode);
        if (parentCode.equals(code)) {
            return Optional.of("an organisation cannot be its own parent");
        }
        if (parentRow == null && parent == null) {
            boolean later = rows.stream().anyMatch(other -> other.index() > row.index() && other.organization() != null
                    && other.organization().code() != null && parentCode.equals(other.organization().code().strip()));
            return Optional.of(later ? "parent " + parentCode + " must come before this row"
                    : "no organisation has code " + parentCode);
        }
        if (parentRow == null && !parent.active) {
            return Optional.of("organisation " + parentCode + " is no longer active");
        }
        return Optional.empty();
    }

    private List<NewOrganization> bundled() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REFERENCE_DATA)) {
            if (in == null) {
                throw new IllegalStateException(REFERENCE_DATA + " is missing from the build");
            }
            return objectMapper.readValue(in, new TypeReference<List<NewOrganization>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
