package vn.cascade.directive.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.RestructuringKind;
import vn.cascade.directive.events.outgoing.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.service.Reorganisation.Dissolution;
import vn.cascade.directive.service.Reorganisation.Outcome;
import vn.cascade.directive.service.Reorganisation.Plan;

/**
 * A reorganisation as one transaction: every dissolution and every merger of the plan applies, or none does. Each
 * step is an ordinary restructuring ({@link RestructuringService#merge}), so the rules, the history and the
 * published snapshots are those of a single merger; a step that does not fit is reported with its place in the plan.
 */
@ApplicationScoped
@Transactional
public class ReorganisationService {

    /** The provincial reorganisation of 1 July 2025, as public sources give it (docs/reorganisation-2025.md). */
    static final String REORGANISATION_2025 = "reference-data/reorganisation-2025.json";

    /** Bodies of a dissolved committee that cease with it rather than pass to the parent. */
    private static final Set<OrganizationKind> CEASING_WITH_COMMITTEE = Set.of(OrganizationKind.ADVISORY_COMMISSION,
            OrganizationKind.STANDING_COMMITTEE, OrganizationKind.GOVERNMENT_BODY, OrganizationKind.MASS_ORGANIZATION);

    private final RestructuringService restructurings;
    private final OrganizationImport imports;
    private final OrganizationRepository organizations;
    private final OrganizationEvents events;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    ReorganisationService(RestructuringService restructurings, OrganizationImport imports,
            OrganizationRepository organizations, OrganizationEvents events, ObjectMapper objectMapper, Clock clock) {
        this.restructurings = restructurings;
        this.imports = imports;
        this.organizations = organizations;
        this.events = events;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** The 2025 reorganisation as shipped: sources, the 63 committees before it, the operation that applies it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reorganisation.Reference reference2025() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REORGANISATION_2025)) {
            if (in == null) {
                throw new IllegalStateException(REORGANISATION_2025 + " is missing from the build");
            }
            return objectMapper.readValue(in, Reorganisation.Reference.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Registers the provincial committees as they were before 1 July 2025 that are missing, leaving every code
     * already registered alone (so it can run any number of times). Their parent (BCHTW) must exist: load the
     * reference data of the seed documents first.
     */
    public OrganizationImport.Outcome loadCommitteesBefore2025() {
        Reorganisation.Reference reference = reference2025();
        List<NewOrganization> rows = reference.committeesBefore();
        OrganizationImport.Outcome outcome = imports.importRows(IntStream.range(0, rows.size())
                .mapToObj(index -> new ImportRow(index, rows.get(index), List.of())).toList(),
                OrganizationImport.ExistingCodes.SKIP);
        correctBeginnings(rows, reference.effectiveDate());
        return outcome;
    }

    /**
     * A committee the reference says existed before the reorganisation but that is registered as beginning after it
     * (registered without validFrom, so from the day it was registered, as the seed reference data does) is given
     * the reference's beginning; otherwise the reorganisation could not take it in. Earlier beginnings stay.
     */
    private void correctBeginnings(List<NewOrganization> rows, LocalDate effectiveDate) {
        Map<String, Organization> registered = organizations.findByCodes(rows.stream().map(NewOrganization::code).toList());
        List<Organization> corrected = new ArrayList<>();
        for (NewOrganization row : rows) {
            Organization organization = registered.get(row.code());
            if (organization != null && organization.active && row.validFrom() != null
                    && organization.validFrom.isAfter(effectiveDate) && organization.placements.size() == 1) {
                organization.beginOn(row.validFrom());
                organization.updatedAt = OffsetDateTime.now(clock);
                corrected.add(organization);
            }
        }
        organizations.flush();
        corrected.forEach(events::changed);
    }

    public Outcome apply(Plan plan) {
        if (plan.effectiveDate() == null) {
            throw DomainException.invalid("effectiveDate", "is required");
        }
        if (plan.mergers().isEmpty() && plan.dissolutions().isEmpty()) {
            throw DomainException.invalid("mergers", "a reorganisation has at least one merger or dissolution");
        }
        organizations.lockHierarchy();
        Tally tally = new Tally();
        for (int i = 0; i < plan.dissolutions().size(); i++) {
            dissolve(plan.effectiveDate(), plan.dissolutions().get(i), "dissolutions[" + i + "]", tally);
        }
        for (int i = 0; i < plan.mergers().size(); i++) {
            Reorganisation.Merger merger = plan.mergers().get(i);
            Restructuring.Outcome outcome = step("mergers[" + i + "]", () -> restructurings.merge(
                    new Restructuring.Merger(merger.predecessorCodes(), plan.effectiveDate(), merger.successorCode(),
                            merger.newSuccessor())));
            tally.add(outcome);
            outcome.predecessors().forEach(predecessor -> tally.ceased.add(predecessor.code()));
            outcome.successors().forEach(successor -> tally.successors.add(successor.code()));
        }
        return new Outcome(plan.effectiveDate(), tally.ceased, tally.successors, tally.dissolved,
                tally.ceasedWithoutSuccessor, tally.moved, tally.snapshots);
    }

    private void dissolve(LocalDate date, Dissolution dissolution, String field, Tally tally) {
        List<Violation> problems = new ArrayList<>();
        if (dissolution.level() == null) {
            problems.add(new Violation(field + ".level", "is required"));
        }
        if (dissolution.kind() == null) {
            problems.add(new Violation(field + ".kind", "is required"));
        }
        if (dissolution.parentCodes().isEmpty()) {
            problems.add(new Violation(field + ".parentCodes", "name at least one parent"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The dissolution is incomplete; nothing was changed", problems);
        }
        Set<String> except = new HashSet<>(dissolution.exceptCodes().stream().map(String::strip).toList());
        for (int i = 0; i < dissolution.parentCodes().size(); i++) {
            String parentField = field + ".parentCodes[" + i + "]";
            String parentCode = dissolution.parentCodes().get(i).strip();
            // A parent the plan names but the hierarchy does not hold (a province not registered here) has nothing
            // to dissolve; one that ceased earlier is a mistake in the plan.
            Organization parent = organizations.findByCode(parentCode).orElse(null);
            if (parent == null) {
                continue;
            }
            if (!parent.active) {
                throw DomainException.ruleBroken("The reorganisation cannot be applied as requested; nothing was changed",
                        List.of(new Violation(parentField, parentCode + " ceased on " + parent.validTo)));
            }
            List<Organization> committees = organizations.children(parent).stream()
                    .filter(child -> child.active && existedOn(child, date) && child.level == dissolution.level()
                            && child.kind == dissolution.kind() && !except.contains(child.code))
                    .toList();
            for (Organization committee : committees) {
                ceaseOwnBodies(date, committee, parent, parentField, tally);
                Restructuring.Outcome outcome = step(parentField, () -> restructurings.merge(
                        new Restructuring.Merger(List.of(committee.code), date, parent.code, null)));
                tally.add(outcome);
                tally.dissolved.add(committee.code);
            }
        }
    }

    /**
     * The committee's own bodies at its level (its Ban Tổ chức, its office, the district People's Committee…) end
     * with it and have no successor; whatever sits below them goes to the parent.
     */
    private void ceaseOwnBodies(LocalDate date, Organization committee, Organization parent, String field, Tally tally) {
        List<Organization> bodies = organizations.children(committee).stream()
                .filter(child -> child.active && existedOn(child, date) && child.level == committee.level
                        && CEASING_WITH_COMMITTEE.contains(child.kind))
                .toList();
        if (bodies.isEmpty()) {
            return;
        }
        RestructuringChecks checks = new RestructuringChecks(organizations, date, LocalDate.now(clock));
        List<RestructuringChecks.Subtree> moves = new ArrayList<>();
        for (Organization body : bodies) {
            checks.predecessor(field, body.code);
            moves.addAll(checks.movingChildren(body, parent.level, field));
        }
        checks.throwIfAny();
        RestructuringChange change = new RestructuringChange(organizations, events, RestructuringKind.MERGER, date);
        moves.forEach(move -> change.move(move, parent));
        bodies.forEach(change::cease);
        Restructuring.Outcome outcome = change.apply(OffsetDateTime.now(clock));
        tally.add(outcome);
        bodies.forEach(body -> tally.ceasedWithoutSuccessor.add(body.code));
    }

    /**
     * Whether the organisation existed on the effective date. One registered as beginning later is not part of the
     * reorganisation: it is neither dissolved nor ceased, and moves with its parent.
     */
    private static boolean existedOn(Organization organization, LocalDate date) {
        return !organization.validFrom.isAfter(date);
    }

    /** Runs one step; its problems are reported at the step's place in the plan. */
    private static Restructuring.Outcome step(String field, java.util.function.Supplier<Restructuring.Outcome> step) {
        try {
            return step.get();
        } catch (DomainException e) {
            List<Violation> located = e.violations().stream()
                    .map(violation -> new Violation(field + "." + violation.field(), violation.message())).toList();
            throw new DomainException(e.kind(), e.getMessage() + " (" + field + ")", located);
        }
    }

    private static final class Tally {
        final List<String> ceased = new ArrayList<>();
        final List<String> successors = new ArrayList<>();
        final List<String> dissolved = new ArrayList<>();
        final List<String> ceasedWithoutSuccessor = new ArrayList<>();
        int moved;
        int snapshots;

        void add(Restructuring.Outcome outcome) {
            moved += outcome.moved().size();
            snapshots += outcome.snapshotsPublished();
        }
    }
}
