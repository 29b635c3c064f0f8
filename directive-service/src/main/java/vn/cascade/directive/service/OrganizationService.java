package vn.cascade.directive.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.problem.Problem.FieldError;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.Placement;
import vn.cascade.directive.domain.Succession;
import vn.cascade.directive.events.outgoing.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository.Criteria;
import vn.cascade.directive.repository.OrganizationRepository.Found;
import vn.cascade.directive.repository.OrganizationRepository.Placed;
import vn.cascade.directive.repository.OrganizationRepository.PlacedPage;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.rest.dto.CreateOrganizationRequest;
import vn.cascade.directive.rest.dto.DeactivateOrganizationRequest;
import vn.cascade.directive.rest.dto.UpdateOrganizationRequest;

@ApplicationScoped
@Transactional
public class OrganizationService {

    private static final int REPUBLISH_BATCH = 500;

    private final OrganizationRepository organizations;
    private final OrganizationEvents events;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, OrganizationEvents events, Clock clock) {
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes the current snapshot of every organisation again, unchanged (same versions), in batches of their
     * own transactions: rebuilds a lost organisations topic, or the copy of a service added later. Copies that
     * hold a snapshot already ignore it by its version.
     *
     * @return how many snapshots were published
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int republishAll() {
        int published = 0;
        UUID after = null;
        List<UUID> batch;
        do {
            batch = organizations.idsAfter(after, REPUBLISH_BATCH);
            List<UUID> ids = batch;
            QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> events.changed(organizations.findById(id))));
            published += batch.size();
            after = batch.isEmpty() ? after : batch.getLast();
        } while (batch.size() == REPUBLISH_BATCH);
        return published;
    }

    public Organization create(CreateOrganizationRequest request) {
        organizations.lockHierarchy();
        String code = request.code().strip();
        if (organizations.findByCode(code).isPresent()) {
            throw ProblemException.conflict("An organisation with code " + code + " already exists");
        }
        Organization parent = request.parentCode() == null ? null : organizations.findByCode(request.parentCode())
                .orElseThrow(() -> ProblemException.invalid("parentCode", "no organisation has code " + request.parentCode()));
        if (parent != null && !parent.active) {
            throw ProblemException.invalid("parentCode", "organisation " + parent.code + " is no longer active");
        }
        if (memberCountDateWithoutCount(request)) {
            throw ProblemException.invalid("memberCountAsOf", MEMBER_COUNT_DATE_ALONE);
        }
        Organization organization = register(request, parent, validFromOrToday(request));
        organizations.flush(); // assigns the version the snapshot carries
        events.changed(organization);
        return organization;
    }

    /** What an import did: rows registered, rows left alone because their code already existed. */
    public record ImportOutcome(int created, int existing) {
    }

    /** Whether rows whose code is already registered are errors (an import) or left alone (reference data). */
    public enum ExistingCodes { REJECT, SKIP }

    /**
     * Registers every row or none: all rows are checked first, against the database and against the rows
     * above them (a parent may be registered by an earlier row), and one problem lists every bad row.
     */
    public ImportOutcome importRows(List<ImportRow> rows, ExistingCodes existingCodes) {
        organizations.lockHierarchy();
        List<FieldError> errors = new ArrayList<>();
        rows.forEach(row -> errors.addAll(row.errors()));

        List<String> codes = rows.stream().filter(row -> row.request() != null && row.request().code() != null)
                .map(row -> row.request().code().strip()).toList();
        List<String> parentCodes = rows.stream().filter(row -> row.request() != null && row.request().parentCode() != null)
                .map(row -> row.request().parentCode().strip()).toList();
        Map<String, Organization> registered = new HashMap<>(organizations.findByCodes(codes));
        organizations.findByCodes(parentCodes).forEach(registered::putIfAbsent);

        Map<String, Integer> rowOfCode = new HashMap<>();
        List<ImportRow> toCreate = new ArrayList<>();
        int existing = 0;
        for (ImportRow row : rows) {
            CreateOrganizationRequest request = row.request();
            if (request == null || request.code() == null) {
                continue;
            }
            String code = request.code().strip();
            Integer earlier = rowOfCode.putIfAbsent(code, row.index());
            if (earlier != null) {
                errors.add(new FieldError(row.field("code"), "code " + code + " is already used by " + ImportRow.field(earlier, null)));
                continue;
            }
            if (registered.containsKey(code)) {
                if (existingCodes == ExistingCodes.SKIP) {
                    existing++;
                    continue;
                }
                errors.add(new FieldError(row.field("code"), "an organisation with code " + code + " already exists"));
                continue;
            }
            if (memberCountDateWithoutCount(request)) {
                errors.add(new FieldError(row.field("memberCountAsOf"), MEMBER_COUNT_DATE_ALONE));
            }
            if (request.parentCode() != null) {
                String parentCode = request.parentCode().strip();
                Integer parentRow = rowOfCode.get(parentCode);
                Organization parent = registered.get(parentCode);
                if (parentCode.equals(code)) {
                    errors.add(new FieldError(row.field("parentCode"), "an organisation cannot be its own parent"));
                } else if (parentRow == null && parent == null) {
                    boolean later = rows.stream().anyMatch(other -> other.index() > row.index() && other.request() != null
                            && other.request().code() != null && parentCode.equals(other.request().code().strip()));
                    errors.add(new FieldError(row.field("parentCode"), later
                            ? "parent " + parentCode + " must come before this row"
                            : "no organisation has code " + parentCode));
                } else if (parentRow == null && !parent.active) {
                    errors.add(new FieldError(row.field("parentCode"), "organisation " + parentCode + " is no longer active"));
                }
            }
            toCreate.add(row);
        }
        if (!errors.isEmpty()) {
            long badRows = errors.stream().map(error -> error.field().replaceAll("^(rows\\[\\d+]).*", "$1")).distinct().count();
            throw new ProblemException(ProblemType.VALIDATION,
                    badRows + " of " + rows.size() + " rows are invalid; nothing was imported", errors);
        }

        List<Organization> created = new ArrayList<>();
        for (ImportRow row : toCreate) {
            String parentCode = row.request().parentCode() == null ? null : row.request().parentCode().strip();
            Organization organization = register(row.request(), parentCode == null ? null : registered.get(parentCode),
                    validFromOrToday(row.request()));
            registered.put(organization.code, organization);
            created.add(organization);
        }
        organizations.flush();
        created.forEach(events::changed);
        return new ImportOutcome(created.size(), existing);
    }

    /**
     * Replaces the organisation's state. A new parent moves it with its whole subtree: every organisation
     * whose path changes gets a new version and a snapshot.
     */
    public Organization update(UUID id, UpdateOrganizationRequest request) {
        organizations.lockHierarchy();
        Organization organization = get(id);
        requireVersion(organization, request.version());
        if (request.memberCountAsOf() != null && request.memberCount() == null) {
            throw ProblemException.invalid("memberCountAsOf", MEMBER_COUNT_DATE_ALONE);
        }
        if (organization.validTo != null && request.validFrom().isAfter(organization.validTo)) {
            throw ProblemException.invalid("validFrom", "must not be after validTo " + organization.validTo);
        }
        List<Organization> moved = moveIfReparented(organization, request.parentCode());

        organization.describe(request.name(), request.shortName());
        organization.level = request.level();
        organization.kind = request.kind();
        organization.memberCount = request.memberCount();
        organization.memberCountAsOf = request.memberCountAsOf();
        if (!request.validFrom().equals(organization.validFrom)) {
            organization.beginOn(request.validFrom());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        organization.updatedAt = now;
        moved.forEach(descendant -> descendant.updatedAt = now);
        organizations.flush(); // versions are checked and increased here, before the snapshots are taken
        events.changed(organization);
        moved.forEach(events::changed);
        return organization;
    }

    private List<Organization> moveIfReparented(Organization organization, String parentCode) {
        Organization parent = parentCode == null ? null : organizations.findByCode(parentCode.strip())
                .orElseThrow(() -> ProblemException.invalid("parentCode", "no organisation has code " + parentCode));
        if (Objects.equals(parent == null ? null : parent.id, organization.parentId)) {
            return List.of();
        }
        if (parent != null && (parent.id.equals(organization.id) || organization.isAncestorOf(parent))) {
            throw ProblemException.invalid("parentCode", parent.code + " is " + organization.code
                    + (parent.id.equals(organization.id) ? " itself" : " or lies below it") + ": that would make a cycle");
        }
        if (parent != null && !parent.active) {
            throw ProblemException.invalid("parentCode", "organisation " + parent.code + " is no longer active");
        }
        if (!organization.active) {
            throw ProblemException.conflict(organization.code + " ceased on " + organization.validTo
                    + "; where it sat is history and does not change");
        }
        return moveUnder(organization, parent, LocalDate.now(clock), activeDescendants(organization));
    }

    /**
     * Places the organisation under {@code parent} from {@code date} on, with its subtree: every active descendant
     * gets the new path and a new place in its history. Ceased descendants keep the path they had when they ceased.
     *
     * @param descendants its active descendants, read before anything changed
     * @return the descendants whose path changed
     */
    static List<Organization> moveUnder(Organization organization, Organization parent, LocalDate date,
            List<Organization> descendants) {
        String oldPath = organization.path;
        organization.placeUnder(parent);
        organization.relocate(date);
        descendants.forEach(descendant -> {
            descendant.rebase(oldPath, organization.path);
            descendant.relocate(date);
        });
        return descendants;
    }

    List<Organization> activeDescendants(Organization organization) {
        return organizations.descendants(organization).stream().filter(descendant -> descendant.active).toList();
    }

    /** Marks the organisation as no longer existing from {@code effectiveDate}; it is never deleted. */
    public Organization deactivate(UUID id, DeactivateOrganizationRequest request) {
        organizations.lockHierarchy();
        Organization organization = get(id);
        if (request.version() != null) {
            requireVersion(organization, request.version());
        }
        if (!organization.active) {
            throw ProblemException.conflict(organization.code + " is already inactive since " + organization.validTo);
        }
        LocalDate today = LocalDate.now(clock);
        if (request.effectiveDate().isAfter(today)) {
            throw ProblemException.invalid("effectiveDate", "must be today or earlier; restructuring ahead of time is not supported");
        }
        if (request.effectiveDate().isBefore(organization.validFrom)) {
            throw ProblemException.invalid("effectiveDate", "must not be before validFrom " + organization.validFrom);
        }
        long activeChildren = organizations.countActiveChildren(organization);
        if (activeChildren > 0) {
            throw ProblemException.conflict(organization.code + " still has " + activeChildren
                    + " active child organisation(s); deactivate or move them first");
        }
        if (organization.movedAfter(request.effectiveDate())) {
            throw ProblemException.invalid("effectiveDate", "must not be before " + organization.code + "'s last move, on "
                    + organization.currentPlacement().orElseThrow().validFrom);
        }
        organization.cease(request.effectiveDate());
        organization.updatedAt = OffsetDateTime.now(clock);
        organizations.flush();
        events.changed(organization);
        return organization;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization get(UUID id) {
        return organizations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No organisation with id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization getByCode(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No organisation with code " + code));
    }

    /** The organisations directly below one on {@code asOf}, each with its parent then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Placed> children(UUID id, LocalDate asOf) {
        LocalDate date = dateOrToday(asOf);
        placementOn(get(id), date);
        return organizations.childrenOn(id, date);
    }

    /** One page of an organisation and everything below it on {@code asOf}, each before its descendants. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlacedPage subtree(UUID id, LocalDate asOf, PageRequest page) {
        LocalDate date = dateOrToday(asOf);
        return organizations.subtreeOn(placementOn(get(id), date).path, date, page.offset(), page.size);
    }

    /** The organisations above one on {@code asOf}, root first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Placed> ancestors(UUID id, LocalDate asOf) {
        LocalDate date = dateOrToday(asOf);
        List<UUID> path = Organization.idsOf(placementOn(get(id), date).path);
        List<UUID> above = path.subList(0, path.size() - 1);
        List<Organization> found = organizations.inOrder(above);
        List<Placed> ancestors = new ArrayList<>();
        StringBuilder ancestorPath = new StringBuilder();
        for (int i = 0; i < found.size(); i++) {
            ancestorPath.append('/').append(above.get(i));
            ancestors.add(new Placed(found.get(i), i == 0 ? null : above.get(i - 1), ancestorPath.toString()));
        }
        return ancestors;
    }

    /** How far a history chain is followed: far beyond any real sequence of reorganisations, and cycle-proof. */
    static final int MAX_CHAIN_STEPS = 32;

    /** One succession link met while following a chain, {@code step} links away from where it started. */
    public record ChainLink(Succession succession, int step) {
    }

    /**
     * Where an organisation sat over time and the restructurings before and after it.
     *
     * @param parents         the parents its placements name, by id
     * @param earlier         predecessors, theirs, and so on
     * @param later           successors, theirs, and so on
     * @param carriedOnBy     the active organisations that carry it on today: itself while it is active, else the
     *                        active ends of its successor chain
     */
    public record History(Organization organization, List<Placement> placements, Map<UUID, Organization> parents,
            List<ChainLink> earlier, List<ChainLink> later, List<Organization> carriedOnBy) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public History history(UUID id) {
        Organization organization = get(id);
        List<UUID> parentIds = organization.placements.stream().map(placement -> placement.parentId)
                .filter(Objects::nonNull).distinct().toList();
        Map<UUID, Organization> parents = new HashMap<>();
        organizations.inOrder(parentIds).forEach(parent -> parents.put(parent.id, parent));
        List<ChainLink> later = chain(organization, true);
        Map<UUID, Organization> carriedOnBy = new LinkedHashMap<>();
        if (organization.active) {
            carriedOnBy.put(organization.id, organization);
        }
        later.stream().map(link -> link.succession().successor).filter(successor -> successor.active)
                .forEach(successor -> carriedOnBy.putIfAbsent(successor.id, successor));
        return new History(organization, List.copyOf(organization.placements), parents, chain(organization, false),
                later, List.copyOf(carriedOnBy.values()));
    }

    /** Breadth first, each organisation visited once, at most {@link #MAX_CHAIN_STEPS} links away. */
    private List<ChainLink> chain(Organization start, boolean forward) {
        List<ChainLink> links = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(start.id));
        Set<UUID> frontier = Set.of(start.id);
        for (int step = 1; step <= MAX_CHAIN_STEPS && !frontier.isEmpty(); step++) {
            Set<UUID> next = new LinkedHashSet<>();
            for (Succession succession : forward ? organizations.successionsFrom(frontier) : organizations.successionsTo(frontier)) {
                links.add(new ChainLink(succession, step));
                UUID other = forward ? succession.successor.id : succession.predecessor.id;
                if (seen.add(other)) {
                    next.add(other);
                }
            }
            frontier = next;
        }
        return links;
    }

    private LocalDate dateOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    private static Placement placementOn(Organization organization, LocalDate date) {
        return organization.placementOn(date).orElseThrow(() -> ProblemException.notFound(organization.code
                + " did not exist on " + date + " (it exists from " + organization.validFrom
                + (organization.validTo == null ? "" : " until " + organization.validTo + ", exclusive") + ")"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Found search(String text, OrganizationLevel level, OrganizationKind kind, Boolean active, PageRequest page) {
        return organizations.search(new Criteria(text, level, kind, active), page.offset(), page.size);
    }

    private static final String MEMBER_COUNT_DATE_ALONE = "is only meaningful with a memberCount";

    private static boolean memberCountDateWithoutCount(CreateOrganizationRequest request) {
        return request.memberCountAsOf() != null && request.memberCount() == null;
    }

    private LocalDate validFromOrToday(CreateOrganizationRequest request) {
        return request.validFrom() != null ? request.validFrom() : LocalDate.now(clock);
    }

    /** Registers the organisation under {@code parent}, existing from {@code validFrom}; no snapshot yet. */
    Organization register(CreateOrganizationRequest request, Organization parent, LocalDate validFrom) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.code = request.code().strip();
        organization.describe(request.name(), request.shortName());
        organization.level = request.level();
        organization.kind = request.kind() != null ? request.kind() : defaultKind(request.level());
        organization.memberCount = request.memberCount();
        organization.memberCountAsOf = request.memberCountAsOf();
        organization.placeUnder(parent);
        organization.createdAt = organization.updatedAt = OffsetDateTime.now(clock);
        organization.validFrom = validFrom;
        organization.begin();
        organizations.persist(organization);
        return organization;
    }

    /** Most organisations are committees; a cell is a cell. */
    private static OrganizationKind defaultKind(OrganizationLevel level) {
        return level == OrganizationLevel.CELL ? OrganizationKind.PARTY_CELL : OrganizationKind.PARTY_COMMITTEE;
    }

    private static void requireVersion(Organization organization, long expected) {
        ProblemException.requireVersion(organization.code, organization.version, expected);
    }
}
