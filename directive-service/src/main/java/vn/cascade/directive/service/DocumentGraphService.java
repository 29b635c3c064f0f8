package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.domain.DomainException;
import vn.cascade.directive.domain.Directive;
import vn.cascade.directive.domain.DirectiveStatus;
import vn.cascade.directive.domain.PlanDocument;
import vn.cascade.directive.domain.ReferenceEdge;
import vn.cascade.directive.repository.DirectiveRepository;
import vn.cascade.directive.repository.DocumentGraphRepository;
import vn.cascade.directive.repository.PlanDocumentRepository;

/**
 * The reference graph across directives and plans: what rests on a document (implements it, is based on it,
 * amends, replaces or relates to it), and what it rests on, each followed transitively. Drafts never appear
 * (plans are known here only once issued); each document is visited once, so cycles end, and the depth is bounded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentGraphService {

    public static final int DEFAULT_DEPTH = 10;
    public static final int MAX_DEPTH = 20;

    public enum GraphDirection { DEPENDS_ON, DEPENDENTS, BOTH }

    public enum DocumentKind { DIRECTIVE, PLAN }

    /** A directive or a plan, {@code depth} references away from the document asked about. */
    public record Node(UUID id, DocumentKind kind, String symbol, String type, LocalDate issueDate,
            String issuingOrganizationCode, String title, String status, int depth) {

        Node at(int newDepth) {
            return new Node(id, kind, symbol, type, issueDate, issuingOrganizationCode, title, status, newDepth);
        }
    }

    /** @param truncated whether documents lie beyond the depth that was followed */
    public record Graph(Node document, List<Node> dependsOn, List<Node> dependents, List<ReferenceEdge> references,
            boolean truncated) {
    }

    private final DirectiveRepository directives;
    private final PlanDocumentRepository plans;
    private final DocumentGraphRepository references;

    DocumentGraphService(DirectiveRepository directives, PlanDocumentRepository plans, DocumentGraphRepository references) {
        this.directives = directives;
        this.plans = plans;
        this.references = references;
    }

    public Graph graph(String symbolText, Integer year, GraphDirection direction, int depth) {
        Node start = find(symbolText, year);
        GraphDirection wanted = direction == null ? GraphDirection.BOTH : direction;
        Map<String, ReferenceEdge> edges = new LinkedHashMap<>();
        boolean[] truncated = {false};
        List<Node> dependsOn = wanted == GraphDirection.DEPENDENTS ? List.of() : follow(start, true, depth, edges, truncated);
        List<Node> dependents = wanted == GraphDirection.DEPENDS_ON ? List.of() : follow(start, false, depth, edges, truncated);
        return new Graph(start, dependsOn, dependents, List.copyOf(edges.values()), truncated[0]);
    }

    /** Breadth first from {@code start}; every document once, at its smallest depth. */
    private List<Node> follow(Node start, boolean upwards, int depth, Map<String, ReferenceEdge> edges, boolean[] truncated) {
        Map<UUID, Node> reached = new LinkedHashMap<>();
        Set<UUID> seen = new LinkedHashSet<>(Set.of(start.id()));
        Set<UUID> frontier = Set.of(start.id());
        for (int step = 1; !frontier.isEmpty(); step++) {
            List<ReferenceEdge> found = upwards ? references.from(frontier) : references.to(frontier);
            Set<UUID> others = new LinkedHashSet<>();
            found.forEach(edge -> {
                UUID other = upwards ? edge.targetId() : edge.sourceId();
                if (other != null) {
                    others.add(other);
                }
            });
            Map<UUID, Node> visible = nodes(others, step);
            if (step > depth) {
                truncated[0] |= visible.keySet().stream().anyMatch(id -> !seen.contains(id));
                break;
            }
            Set<UUID> next = new LinkedHashSet<>();
            for (ReferenceEdge edge : found) {
                UUID other = upwards ? edge.targetId() : edge.sourceId();
                boolean known = other != null && visible.containsKey(other);
                // What rests on a document is a registered one: not visible means a draft. What a document rests on
                // may be unknown here (shown by symbol), but never a draft.
                if (!known && (!upwards || other != null && isDraft(other))) {
                    continue;
                }
                ReferenceEdge shown = known || other == null ? edge
                        : new ReferenceEdge(edge.sourceId(), edge.kind(), null, edge.targetSymbol(), edge.targetIssueDate());
                edges.putIfAbsent(shown.sourceId() + " " + shown.kind() + " " + shown.targetId() + " " + shown.targetSymbol(), shown);
                if (known && seen.add(other)) {
                    reached.put(other, visible.get(other));
                    next.add(other);
                }
            }
            frontier = next;
        }
        return reached.values().stream()
                .sorted(Comparator.comparingInt(Node::depth).thenComparing(Node::issueDate).thenComparing(Node::symbol))
                .toList();
    }

    private boolean isDraft(UUID id) {
        return directives.findByIdOptional(id).map(Directive::isDraft).orElse(false);
    }

    /** The documents with these ids that may be shown: directives other than drafts, and plans. */
    private Map<UUID, Node> nodes(Set<UUID> ids, int depth) {
        Map<UUID, Node> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        directives.list("id in ?1 and status <> ?2", ids, DirectiveStatus.DRAFT)
                .forEach(directive -> found.put(directive.id, node(directive, depth)));
        plans.list("planId in ?1", ids).forEach(plan -> found.put(plan.planId, node(plan, depth)));
        return found;
    }

    /** The directive or plan a symbol names, with the year when the number was reused; drafts are not found. */
    private Node find(String symbolText, Integer year) {
        DocumentSymbol symbol = DocumentSymbol.parseField("symbol", symbolText);
        String key = symbol.searchKey();
        List<Node> candidates = Stream.concat(
                        directives.findBySymbol(key).stream().filter(directive -> !directive.isDraft())
                                .map(directive -> node(directive, 0)),
                        plans.findBySymbol(key).stream().map(plan -> node(plan, 0)))
                .filter(node -> year == null || node.issueDate().getYear() == year)
                .toList();
        if (candidates.isEmpty()) {
            throw DomainException.notFound("No published directive or issued plan " + symbol + (year == null ? "" : " of " + year))
                    .localized(year == null ? "document.not-found" : "document.not-found-in-year", symbol,
                            year == null ? "" : year);
        }
        if (candidates.size() > 1) {
            List<String> dates = candidates.stream().map(node -> node.issueDate().toString()).toList();
            throw DomainException.conflict("Several documents are numbered " + symbol + "; give the year (issued "
                    + dates + ")").localized("document.ambiguous", symbol, String.join(", ", dates));
        }
        return candidates.getFirst();
    }

    private static Node node(Directive directive, int depth) {
        return new Node(directive.id, DocumentKind.DIRECTIVE, directive.symbol, directive.type.name(), directive.issueDate,
                directive.issuingOrganization.code, directive.title, directive.status.name(), depth);
    }

    private static Node node(PlanDocument plan, int depth) {
        return new Node(plan.planId, DocumentKind.PLAN, plan.symbol, plan.type, plan.issueDate,
                plan.issuingOrganizationCode, plan.title, plan.status, depth);
    }
}
