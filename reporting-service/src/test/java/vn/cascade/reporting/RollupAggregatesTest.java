package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.security.OrganizationPaths;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.domain.ReportingPeriod;
import vn.cascade.reporting.domain.RollupHierarchy;
import vn.cascade.reporting.domain.Successions;
import vn.cascade.reporting.repository.RollupRepository;
import vn.cascade.reporting.repository.RollupRepository.SumRow;
import vn.cascade.reporting.repository.Subtree;
import vn.cascade.reporting.service.RollupAggregates;
import vn.cascade.reporting.service.RollupSubtrees;

/**
 * The roll-up aggregates (issue 18) against the full query they replace, on a generated hierarchy of 2024 with
 * mergers, splits (one across provinces) and moves, reports accepted before the aggregates were built and after
 * (through the API), several reports of one organisation in a period, and a restructuring after the fact: for every
 * organisation as the root, both hierarchies and several sets of counts, both give the same rows.
 */
@QuarkusTest
class RollupAggregatesTest {

    private static final List<String> COUNTS = List.of("NEW_MEMBERS_ADMITTED", "TOTAL_MEMBERS",
            "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED", "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS");
    private static final List<List<String>> SEED_SETS = List.of(COUNTS, List.of("TOTAL_MEMBERS"),
            List.of("NEW_MEMBERS_ADMITTED", "VILLAGE_CELLS"));
    private static final int YEAR = 2024;
    private static final List<ReportingPeriodKind> KINDS = List.of(ReportingPeriodKind.Q1, ReportingPeriodKind.YEAR);
    private static final LocalDate MOVE = LocalDate.of(YEAR, 4, 1);
    private static final LocalDate MERGE = LocalDate.of(YEAR, 7, 1);
    private static final LocalDate SPLIT = LocalDate.of(YEAR, 10, 1);

    @Inject
    DataSource dataSource;
    @Inject
    RollupRepository rollups;
    @Inject
    RollupAggregates aggregates;
    @Inject
    OrganizationRepository organizationCopy;
    @Inject
    vn.cascade.reporting.repository.IndicatorRepository indicators;
    @Inject
    TestOrganizations organizations;

    /** Two counts an admin adds, aggregated by MIN and MAX (their codes carry the run: the database is shared). */
    private String smallest;
    private String largest;
    private List<String> reported;
    private List<List<String>> countSets;

    /** A generated organisation: where it sits before and after its one change of parent, and when it existed. */
    private static final class Node {
        final UUID id = UUID.randomUUID();
        final String code;
        final OrganizationLevel level;
        Node parent;
        Node newParent;
        LocalDate changedOn;
        LocalDate validFrom;
        LocalDate validTo;
        /** The organisations that took over from this one when it ceased to exist. */
        final List<Node> successors = new ArrayList<>();

        Node(String code, OrganizationLevel level, Node parent) {
            this.code = code;
            this.level = level;
            this.parent = parent;
        }

        Node parentOn(LocalDate day) {
            return changedOn != null && !day.isBefore(changedOn) ? newParent : parent;
        }

        String pathOn(LocalDate day) {
            Node above = parentOn(day);
            return (above == null ? "" : above.pathOn(day)) + "/" + id;
        }

        boolean existsOn(LocalDate day) {
            return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
        }

        boolean existedDuring(LocalDate from, LocalDate to) {
            return (validFrom == null || !validFrom.isAfter(to)) && (validTo == null || validTo.isAfter(from));
        }
    }

    private record Submitted(UUID reportId, String recipientCode, UUID organizationId) {
    }

    /** The organisation that carries this one on today: itself while it exists, else its first successor's chain. */
    private static Node carriedOn(Node node) {
        Node current = node;
        while (current.validTo != null && !current.successors.isEmpty()) {
            current = current.successors.getFirst();
        }
        return current;
    }

    @Test
    void shouldGiveTheFullQuerysFiguresFromTheAggregatesThroughAcceptancesAndRestructurings() throws Exception {
        Random random = new Random(18);
        String run = Integer.toString(Math.abs(random.nextInt() ^ (int) System.nanoTime()) % 100_000);
        smallest = "AGG_SMALLEST_" + run;
        largest = "AGG_LARGEST_" + run;
        addCount(smallest, "MIN");
        addCount(largest, "MAX");
        reported = new ArrayList<>(COUNTS);
        reported.addAll(List.of(smallest, largest));
        countSets = new ArrayList<>(SEED_SETS);
        countSets.add(List.of(smallest, largest, "TOTAL_MEMBERS"));
        countSets.add(List.of(largest));
        List<Node> nodes = hierarchy(random, run);
        insertHierarchy(nodes);
        List<Submitted> later = insertReports(random, nodes);

        // built from the reports accepted so far (as the job does after start-up)
        aggregates.rebuildStale();
        compareEverywhere(nodes, "after the first build");

        // the district that moves below, and its subtree before the move
        Node moved = nodes.stream().filter(node -> node.level == OrganizationLevel.DISTRICT && node.validTo == null)
                .findFirst().orElseThrow();
        String movedPath = QuarkusTransaction.requiringNew().call(() -> organizationCopy.findById(moved.id).path);
        Set<UUID> movedSubtree = QuarkusTransaction.requiringNew().call(() -> nodes.stream()
                .filter(node -> OrganizationPaths.isInside(organizationCopy.findById(node.id).path, movedPath))
                .map(node -> node.id).collect(Collectors.toSet()));
        // half the reports, and every one of the moving subtree, are accepted while its sums are stale (below)
        List<Submitted> now = new ArrayList<>();
        List<Submitted> whileStale = new ArrayList<>();
        for (int i = 0; i < later.size(); i++) {
            Submitted submitted = later.get(i);
            (i % 2 == 1 || movedSubtree.contains(submitted.organizationId()) ? whileStale : now).add(submitted);
        }
        assertTrue(whileStale.stream().anyMatch(submitted -> movedSubtree.contains(submitted.organizationId())),
                "a report of the moving subtree is accepted while the sums are stale");

        // accepted through the API: each in the figures at once, the sums staying complete; a report addressed to an
        // organisation that has ceased is reviewed by its successor's reviewer (its own users write nothing more)
        Map<String, Node> byCode = nodes.stream().collect(Collectors.toMap(node -> node.code, node -> node));
        accept(now, byCode);
        compareEverywhere(nodes, "after " + now.size() + " acceptances");

        // a restructuring arrives as organisation events: the sums are stale (full query) until rebuilt
        Node otherProvince = nodes.stream().filter(node -> node.level == OrganizationLevel.PROVINCIAL
                && node != moved.parentOn(LocalDate.now())).reduce((first, second) -> second).orElseThrow();
        moveToday(moved, otherProvince, nodes);
        Organization root = organizationCopy.findById(nodes.get(0).id);
        assertTrue(sumsFromAggregates(root, RollupHierarchy.CURRENT, ReportingPeriodKind.YEAR, COUNTS).isEmpty(),
                "stale sums are not used after a restructuring");
        // acceptances go on meanwhile (into the sums where they still hold the organisation: the update moves it)
        accept(whileStale, byCode);

        // the update moves only the organisations whose place changed, and gives the full query's figures
        for (ReportingPeriodKind kind : KINDS) {
            int movedUnits = aggregates.update(ReportingPeriod.of(kind, YEAR));
            assertTrue(movedUnits > 0 && movedUnits <= 2 * movedSubtree.size(), kind + ": " + movedUnits
                    + " organisations moved, " + movedSubtree.size() + " in the moved subtree");
        }
        compareEverywhere(nodes, "after a district moved today and an incremental update");

        // and the same sums and units, row for row, as a full rebuild
        String rootPath = root.path;
        for (ReportingPeriodKind kind : KINDS) {
            List<String> incremental = kept(kind, rootPath);
            aggregates.rebuild(ReportingPeriod.of(kind, YEAR));
            List<String> full = kept(kind, rootPath);
            assertTrue(full.size() > 100, "rows kept: " + full.size());
            assertEquals(full, incremental, kind + ": incremental update against full rebuild");
        }
        compareEverywhere(nodes, "after the full rebuild");

        // an admin makes the largest-value count a summed one: the kept histograms no longer fit the catalogue, the
        // sums are stale (full query) until the job has rebuilt them whole, then they answer again
        given().auth().oauth2(TestTokens.user("admin", "TW-ADMIN", "admin")).contentType("application/json")
                .body(Map.of("version", 0, "nameVi", "Số lớn nhất", "nameEn", "Largest", "kind", "COUNT", "unit", "cái",
                        "aggregation", "SUM", "validFrom", "2024-01-01", "validTo", "2024-12-31"))
                .when().put("/api/v1/indicators/{code}", largest).then().statusCode(200);
        assertTrue(sumsFromAggregates(root, RollupHierarchy.PERIOD, ReportingPeriodKind.YEAR, COUNTS).isEmpty(),
                "sums kept with another set of MIN/MAX counts are not used");
        aggregates.rebuildStale();
        for (ReportingPeriodKind kind : KINDS) {
            for (RollupHierarchy hierarchy : RollupHierarchy.values()) {
                compare(nodes.get(0), hierarchy, kind, List.of(smallest, largest), "after " + largest + " became SUM");
            }
        }
    }

    /** A count in use in 2024 only (other tests' 2025 roll-ups do not show it), aggregated as asked. */
    private static void addCount(String code, String aggregation) {
        given().auth().oauth2(TestTokens.user("admin", "TW-ADMIN", "admin")).contentType("application/json")
                .body(Map.of("code", code, "nameVi", "Số " + code, "nameEn", code, "kind", "COUNT", "unit", "cái",
                        "aggregation", aggregation, "validFrom", "2024-01-01", "validTo", "2024-12-31"))
                .when().post("/api/v1/indicators").then().statusCode(201);
    }

    private void accept(List<Submitted> submittedReports, Map<String, Node> byCode) {
        Map<String, String> reviewers = new HashMap<>();
        for (Submitted submitted : submittedReports) {
            long version = QuarkusTransaction.requiringNew().call(() -> ((Number) organizationCopy.getEntityManager()
                    .createNativeQuery("SELECT version FROM report WHERE id = :id")
                    .setParameter("id", submitted.reportId()).getSingleResult()).longValue());
            given().auth().oauth2(reviewers.computeIfAbsent(carriedOn(byCode.get(submitted.recipientCode())).code,
                    code -> TestTokens.user("reviewer-" + code, code, "reviewer"))).contentType("application/json")
                    .body(Map.of("version", version)).when().post("/api/v1/reports/" + submitted.reportId() + "/accept")
                    .then().statusCode(200);
        }
    }

    /**
     * The kept sums of the period below the root, over the shards (rows summing to nothing left out: a delta may
     * leave them), and the units with their paths, as sorted lines.
     */
    @SuppressWarnings("unchecked")
    private List<String> kept(ReportingPeriodKind kind, String rootPath) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var entityManager = organizationCopy.getEntityManager();
            List<String> lines = new ArrayList<>();
            List<Object[]> sums = entityManager.createNativeQuery("""
                    SELECT hierarchy, node_path, own, item, sum(amount), sum(contributors) FROM rollup_sum
                    WHERE period_year = :year AND period_kind = :kind AND node_path LIKE :root
                    GROUP BY hierarchy, node_path, own, item
                    HAVING sum(amount) <> 0 OR sum(contributors) <> 0
                    ORDER BY hierarchy, node_path, own, item""")
                    .setParameter("year", YEAR).setParameter("kind", kind.name()).setParameter("root", rootPath + "%")
                    .getResultList();
            sums.forEach(row -> lines.add(java.util.Arrays.toString(row)));
            List<Object[]> units = entityManager.createNativeQuery("""
                    SELECT hierarchy, organization_id, path FROM rollup_unit
                    WHERE period_year = :year AND period_kind = :kind AND path LIKE :root
                    ORDER BY hierarchy, organization_id""")
                    .setParameter("year", YEAR).setParameter("kind", kind.name()).setParameter("root", rootPath + "%")
                    .getResultList();
            units.forEach(row -> lines.add("unit " + java.util.Arrays.toString(row)));
            return lines;
        });
    }

    /** A root, 3 provinces of 3–4 districts, 3–5 grassroots organisations each, 0–3 cells each; then 2024's changes. */
    private static List<Node> hierarchy(Random random, String run) {
        List<Node> nodes = new ArrayList<>();
        Node root = new Node("AGG" + run, OrganizationLevel.CENTRAL, null);
        nodes.add(root);
        List<List<Node>> districtsByProvince = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            Node province = add(nodes, new Node("AGG" + run + "-TU" + p, OrganizationLevel.PROVINCIAL, root));
            List<Node> districts = new ArrayList<>();
            for (int d = 0; d < 3 + random.nextInt(2); d++) {
                Node district = add(nodes, new Node(province.code + "-HU" + d, OrganizationLevel.DISTRICT, province));
                districts.add(district);
                for (int g = 0; g < 3 + random.nextInt(3); g++) {
                    Node grassroots = add(nodes, new Node(district.code + "-DU" + g, OrganizationLevel.GRASSROOTS,
                            district));
                    for (int c = 0; c < random.nextInt(4); c++) {
                        add(nodes, new Node(grassroots.code + "-CB" + c, OrganizationLevel.CELL, grassroots));
                    }
                }
            }
            districtsByProvince.add(districts);
        }
        // 1 July: the last district of each province merges into the first; its organisations move along
        for (List<Node> districts : districtsByProvince) {
            Node gone = districts.get(districts.size() - 1);
            gone.validTo = MERGE;
            gone.successors.add(districts.get(0));
            children(nodes, gone).forEach(child -> {
                child.newParent = districts.get(0);
                child.changedOn = MERGE;
            });
        }
        // 1 April: a grassroots organisation of province 0's second district moves to province 1's second district
        Node mover = children(nodes, districtsByProvince.get(0).get(1)).get(0);
        mover.newParent = districtsByProvince.get(1).get(1);
        mover.changedOn = MOVE;
        // 1 October: two organisations split in two; one's successors lie in two provinces (counted at the root)
        for (int s = 0; s < 2; s++) {
            Node district = districtsByProvince.get(s).get(0);
            Node split = children(nodes, district).stream().filter(node -> node.changedOn == null)
                    .reduce((first, second) -> second).orElseThrow();
            split.validTo = SPLIT;
            Node first = add(nodes, new Node(split.code + "-A", OrganizationLevel.GRASSROOTS, district));
            Node second = add(nodes, new Node(split.code + "-B", OrganizationLevel.GRASSROOTS,
                    s == 0 ? districtsByProvince.get(2).get(0) : district));
            first.validFrom = SPLIT;
            second.validFrom = SPLIT;
            split.successors.add(first);
            split.successors.add(second);
            children(nodes, split).forEach(cell -> {
                cell.newParent = first;
                cell.changedOn = SPLIT;
            });
        }
        return nodes;
    }

    private static Node add(List<Node> nodes, Node node) {
        nodes.add(node);
        return node;
    }

    private static List<Node> children(List<Node> nodes, Node parent) {
        return nodes.stream().filter(node -> node.parent == parent).toList();
    }

    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    /** The node's placements: a new one wherever its path changes (its own move or an ancestor's). */
    private static List<OrganizationPlacement> placements(Node node) {
        List<LocalDate> starts = new ArrayList<>(List.of(node.validFrom == null ? SINCE : node.validFrom));
        for (LocalDate change : List.of(MOVE, MERGE, SPLIT)) {
            if (change.isAfter(starts.get(0)) && node.existsOn(change)) {
                starts.add(change);
            }
        }
        List<OrganizationPlacement> placements = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate to = i + 1 < starts.size() ? starts.get(i + 1) : node.validTo;
            String path = node.pathOn(from);
            Node parent = node.parentOn(from);
            OrganizationPlacement last = placements.isEmpty() ? null : placements.get(placements.size() - 1);
            if (last != null && last.path().equals(path)) {
                placements.set(placements.size() - 1, new OrganizationPlacement(last.parentId(), path, last.from(), to));
            } else {
                placements.add(new OrganizationPlacement(parent == null ? null : parent.id, path, from, to));
            }
        }
        return placements;
    }

    private void insertHierarchy(List<Node> nodes) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement organization = connection.prepareStatement("""
                        INSERT INTO organization (id, code, name, level, kind, parent_id, path, active, member_count,
                                                  valid_from, valid_to, version)
                        VALUES (?, ?, ?, ?, 'PARTY_COMMITTEE', ?, ?, ?, 100, ?, ?, 1)""");
                PreparedStatement placement = connection.prepareStatement("""
                        INSERT INTO organization_placement (organization_id, parent_id, path, valid_from, valid_to)
                        VALUES (?, ?, ?, ?, ?)""");
                PreparedStatement succession = connection.prepareStatement("""
                        INSERT INTO organization_succession (predecessor_id, successor_id, kind, effective)
                        VALUES (?, ?, ?, ?)""")) {
            for (Node node : nodes) {
                List<OrganizationPlacement> history = placements(node);
                OrganizationPlacement last = history.get(history.size() - 1);
                organization.setObject(1, node.id);
                organization.setString(2, node.code);
                organization.setString(3, "Tổ chức " + node.code);
                organization.setString(4, node.level.name());
                organization.setObject(5, last.parentId());
                organization.setString(6, last.path());
                organization.setBoolean(7, node.validTo == null);
                organization.setObject(8, node.validFrom == null ? SINCE : node.validFrom);
                organization.setObject(9, node.validTo);
                organization.addBatch();
                for (OrganizationPlacement each : history) {
                    placement.setObject(1, node.id);
                    placement.setObject(2, each.parentId());
                    placement.setString(3, each.path());
                    placement.setObject(4, each.from());
                    placement.setObject(5, each.to());
                    placement.addBatch();
                }
                for (Node successor : node.successors) {
                    succession.setObject(1, node.id);
                    succession.setObject(2, successor.id);
                    succession.setString(3, node.successors.size() > 1 ? "SPLIT" : "MERGER");
                    succession.setObject(4, node.validTo);
                    succession.addBatch();
                }
            }
            organization.executeBatch();
            placement.executeBatch();
            succession.executeBatch();
        }
    }

    /**
     * Obligations of Q1 and the year for every organisation below the root that existed in them (a second plan's
     * for some), most answered: accepted now, submitted and accepted later through the API (returned), submitted
     * and never accepted, or drafts. Counts: a random non-empty subset; sometimes two reports at the same instant.
     */
    private List<Submitted> insertReports(Random random, List<Node> nodes) throws SQLException {
        UUID[] plans = {UUID.randomUUID(), UUID.randomUUID()};
        UUID[] requirements = {UUID.randomUUID(), UUID.randomUUID()};
        List<Submitted> later = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement plan = connection.prepareStatement("""
                    INSERT INTO reporting_plan (id, symbol, issuing_organization_id, issuing_organization_code, status,
                                                version, updated_at, targets)
                    VALUES (?, ?, ?, ?, 'ISSUED', 1, now(), '[]')""")) {
                for (int i = 0; i < plans.length; i++) {
                    plan.setObject(1, plans[i]);
                    plan.setString(2, (90 + i) + "-KH/" + nodes.get(0).code);
                    plan.setObject(3, nodes.get(0).id);
                    plan.setString(4, nodes.get(0).code);
                    plan.executeUpdate();
                }
            }
            PreparedStatement obligation = connection.prepareStatement("""
                    INSERT INTO reporting_obligation (id, plan_id, plan_symbol, requirement_id, organization_id,
                            organization_code, recipient_id, recipient_code, period_kind, period_year, period_start,
                            period_end, due_date, reminder_date, reminder_at, overdue_at, status, submitted_at,
                            first_submitted_at, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now(), 0)""");
            PreparedStatement report = connection.prepareStatement("""
                    INSERT INTO report (id, obligation_id, organization_code, recipient_code, status, indicators,
                            narrative, submission_count, submitted_at, submitted_by, created_at, created_by,
                            updated_at, updated_by, version)
                    VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), '{}', 1, ?, 'test', now(), 'test', now(), 'test', 1)""");
            for (ReportingPeriodKind kind : KINDS) {
                ReportingPeriod period = ReportingPeriod.of(kind, YEAR);
                for (Node node : nodes.subList(1, nodes.size())) {
                    if (!node.existedDuring(period.start(), period.end())) {
                        continue;
                    }
                    LocalDate last = node.validTo != null && node.validTo.isBefore(period.end())
                            ? node.validTo.minusDays(1) : period.end();
                    Node recipient = node.parentOn(last);
                    OffsetDateTime previous = null;
                    for (int p = 0; p < (kind == ReportingPeriodKind.YEAR && random.nextInt(10) < 4 ? 2 : 1); p++) {
                        UUID obligationId = UUID.randomUUID();
                        double fate = random.nextDouble();
                        boolean answered = fate < 0.9;
                        String status = !answered ? "DRAFT" : fate < 0.45 ? "ACCEPTED" : "SUBMITTED";
                        OffsetDateTime submitted = !answered ? null
                                : previous != null && random.nextInt(3) == 0 ? previous
                                : period.end().plusDays(1 + random.nextInt(20)).atTime(9, random.nextInt(60))
                                        .atOffset(ZoneOffset.UTC);
                        previous = submitted == null ? previous : submitted;
                        obligation.setObject(1, obligationId);
                        obligation.setObject(2, plans[p]);
                        obligation.setString(3, (90 + p) + "-KH/" + nodes.get(0).code);
                        obligation.setObject(4, requirements[p]);
                        obligation.setObject(5, node.id);
                        obligation.setString(6, node.code);
                        obligation.setObject(7, recipient.id);
                        obligation.setString(8, recipient.code);
                        obligation.setString(9, kind.name());
                        obligation.setInt(10, YEAR);
                        obligation.setObject(11, period.start());
                        obligation.setObject(12, period.end());
                        obligation.setObject(13, period.end().plusDays(5));
                        obligation.setObject(14, period.end().minusDays(2));
                        obligation.setObject(15, period.end().minusDays(2).atStartOfDay().atOffset(ZoneOffset.UTC));
                        obligation.setObject(16, period.end().plusDays(6).atStartOfDay().atOffset(ZoneOffset.UTC));
                        obligation.setString(17, answered ? status : "OVERDUE");
                        obligation.setObject(18, submitted);
                        obligation.setObject(19, submitted);
                        obligation.addBatch();
                        Map<String, Long> counts = new LinkedHashMap<>();
                        for (String count : reported) {
                            if (random.nextInt(10) < 7) {
                                counts.put(count, (long) random.nextInt(500));
                            }
                        }
                        if (counts.isEmpty()) {
                            counts.put(reported.get(random.nextInt(reported.size())), (long) random.nextInt(500));
                        }
                        UUID reportId = UUID.randomUUID();
                        report.setObject(1, reportId);
                        report.setObject(2, obligationId);
                        report.setString(3, node.code);
                        report.setString(4, recipient.code);
                        report.setString(5, status);
                        report.setString(6, counts.entrySet().stream()
                                .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                                .collect(Collectors.joining(", ", "{", "}")));
                        report.setObject(7, submitted);
                        report.addBatch();
                        if ("SUBMITTED".equals(status) && fate < 0.8) {
                            later.add(new Submitted(reportId, recipient.code, node.id));
                        }
                    }
                }
            }
            obligation.executeBatch();
            report.executeBatch();
            obligation.close();
            report.close();
        }
        return later;
    }

    /** Publishes the district's and its organisations' snapshots as directive-service would for a move today. */
    private void moveToday(Node district, Node province, List<Node> nodes) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String oldPath = QuarkusTransaction.requiringNew().call(() -> organizationCopy.findById(district.id).path);
        String newPath = QuarkusTransaction.requiringNew().call(() -> organizationCopy.findById(province.id).path)
                + "/" + district.id;
        for (Node node : nodes) {
            Organization copy = QuarkusTransaction.requiringNew().call(() -> organizationCopy.findById(node.id));
            if (copy.validTo != null || !OrganizationPaths.isInside(copy.path, oldPath)) {
                continue;
            }
            List<OrganizationPlacement> history = new ArrayList<>(placements(node));
            OrganizationPlacement open = history.remove(history.size() - 1);
            history.add(new OrganizationPlacement(open.parentId(), open.path(), open.from(), today));
            String path = newPath + copy.path.substring(oldPath.length());
            UUID parentId = node == district ? province.id : copy.parentId;
            history.add(new OrganizationPlacement(parentId, path, today, null));
            List<vn.cascade.common.events.OrganizationSuccession> predecessors = nodes.stream()
                    .filter(other -> other.successors.contains(node))
                    .map(other -> new vn.cascade.common.events.OrganizationSuccession(other.id, other.code,
                            other.successors.size() > 1 ? vn.cascade.common.events.SuccessionKind.SPLIT
                                    : vn.cascade.common.events.SuccessionKind.MERGER, other.validTo))
                    .toList();
            organizations.publish(new OrganizationSnapshot(node.id, node.code, copy.name, null, node.level,
                    OrganizationKind.PARTY_COMMITTEE, parentId, path, true, 100, null, copy.validFrom, null, history,
                    List.of(), predecessors, 2));
        }
    }

    private void compareEverywhere(List<Node> nodes, String when) {
        int compared = 0;
        for (ReportingPeriodKind kind : KINDS) {
            for (RollupHierarchy hierarchy : RollupHierarchy.values()) {
                for (Node node : nodes) {
                    for (List<String> counts : countSets) {
                        compare(node, hierarchy, kind, counts, when);
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 500, "compared " + compared);
    }

    private void compare(Node node, RollupHierarchy hierarchy, ReportingPeriodKind kind, List<String> counts,
            String when) {
        QuarkusTransaction.requiringNew().run(() -> {
            Organization organization = organizationCopy.findById(node.id);
            ReportingPeriod period = ReportingPeriod.of(kind, YEAR);
            RollupSubtrees.Covered covered = covered(organization, hierarchy, period);
            List<Organization> children = rollups.children(covered.subtree());
            Set<String> branches = new HashSet<>();
            branches.add("");
            children.forEach(child -> branches.add(child.id.toString()));
            Set<String> extremes = indicators.catalogue().extremes(counts);
            Set<String> expected = normalised(rollups.sums(covered.subtree(), YEAR, kind.name(), List.of("ACCEPTED"),
                    counts), branches, extremes);
            Optional<List<SumRow>> kept = aggregates.sums(covered, period, false, counts, children);
            String what = node.code + " " + hierarchy + " " + kind + " " + counts + " " + when;
            assertTrue(kept.isPresent(), "the aggregates answer " + what);
            assertEquals(expected, normalised(kept.get(), branches, extremes), what);
        });
    }

    private Optional<List<SumRow>> sumsFromAggregates(Organization organization, RollupHierarchy hierarchy,
            ReportingPeriodKind kind, List<String> counts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ReportingPeriod period = ReportingPeriod.of(kind, YEAR);
            RollupSubtrees.Covered covered = covered(organization, hierarchy, period);
            return aggregates.sums(covered, period, false, counts, rollups.children(covered.subtree()));
        });
    }

    /** What RollupSubtrees.resolve covers, without a caller. */
    private RollupSubtrees.Covered covered(Organization organization, RollupHierarchy hierarchy,
            ReportingPeriod period) {
        if (hierarchy == RollupHierarchy.CURRENT) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            Map<UUID, Successions.Placement> carried = new HashMap<>();
            Map<UUID, String> paths = new HashMap<>();
            Successions.resolve(rollups.successions(today)).forEach((id, placement) -> {
                if (OrganizationPaths.isInside(placement.path(), organization.path)) {
                    carried.put(id, placement);
                    paths.put(id, placement.path());
                }
            });
            return new RollupSubtrees.Covered(organization, hierarchy,
                    new Subtree(organization.path, false, today, today, paths), carried);
        }
        String path = rollups.pathDuring(organization.id, period.start(), period.end()).orElse(organization.path);
        return new RollupSubtrees.Covered(organization, hierarchy,
                new Subtree(path, true, period.start(), period.end(), Map.of()), Map.of());
    }

    /**
     * Rows of the branches a roll-up shows, without the zero reporter counts the full query also lists; with the
     * smallest and largest value of the counts aggregated by MIN or MAX.
     */
    private static Set<String> normalised(List<SumRow> rows, Set<String> branches, Set<String> extremes) {
        Set<String> set = new TreeSet<>();
        for (SumRow row : rows) {
            if (row.branch() != null && !branches.contains(row.branch())) {
                continue;
            }
            if (row.indicator() == null && row.reporters() == 0) {
                continue;
            }
            set.add(row.branch() + "|" + row.indicator() + "|" + row.sum() + "|" + row.reporters()
                    + (extremes.contains(row.indicator()) ? "|" + row.min() + "|" + row.max() : ""));
        }
        return set;
    }
}
