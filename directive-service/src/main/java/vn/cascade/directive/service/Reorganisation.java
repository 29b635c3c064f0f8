package vn.cascade.directive.service;

import java.time.LocalDate;
import java.util.List;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;

/**
 * A reorganisation of many organisations on one date (sắp xếp tổ chức bộ máy): mergers, then dissolutions of a
 * whole level whose committees are taken over by their parents, all applied as one transaction.
 */
public final class Reorganisation {

    private Reorganisation() {
    }

    /**
     * What an administrator applies: the dissolutions first (a district dissolved into the province it sat in),
     * then the mergers (the provinces, carrying what they took in), each in the order given. That order gives every
     * dissolved organisation a last place that lasted, under its own parent, and a chain of successors that ends
     * where its units went.
     */
    public record Plan(LocalDate effectiveDate, List<Merger> mergers, List<Dissolution> dissolutions) {

        public Plan {
            mergers = mergers == null ? List.of() : List.copyOf(mergers);
            dissolutions = dissolutions == null ? List.of() : List.copyOf(dissolutions);
        }
    }

    /**
     * These organisations merge into an existing one ({@code successorCode}) or a new one ({@code newSuccessor}).
     *
     * @param seat     where the successor sits (trụ sở, trung tâm chính trị - hành chính), as the source words it;
     *                 informative only
     * @param decision the symbol of the decision establishing the successor, where a source gives it
     * @param sources  ids of the sources the merger rests on
     */
    public record Merger(List<String> predecessorCodes, String successorCode, NewOrganization newSuccessor, String seat,
            String decision, List<String> sources) {

        public Merger {
            predecessorCodes = predecessorCodes == null ? List.of() : List.copyOf(predecessorCodes);
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /**
     * Every active organisation of {@code level} and {@code kind} directly under one of {@code parentCodes} is
     * dissolved into its parent (giải thể, the parent taking over its units), except {@code exceptCodes}. Its own
     * bodies at its level that are not committees (advisory commissions, government bodies, mass organisations)
     * cease with it, without successor; everything else below it moves under the parent.
     */
    public record Dissolution(List<String> parentCodes, OrganizationLevel level, OrganizationKind kind,
            List<String> exceptCodes) {

        public Dissolution {
            parentCodes = parentCodes == null ? List.of() : List.copyOf(parentCodes);
            exceptCodes = exceptCodes == null ? List.of() : List.copyOf(exceptCodes);
        }
    }

    /** A public source a fact rests on: the document's symbol and date where it has them, and where it was read. */
    public record Source(String id, String symbol, String date, String issuer, String what, String url) {
    }

    /**
     * A reorganisation as shipped with the service: the organisations as they were before it (to register what is
     * missing), the ones it left alone, and the operation that applies it.
     */
    public record Reference(String title, LocalDate effectiveDate, String note, List<Source> sources,
            List<NewOrganization> committeesBefore, List<String> unchanged, Plan operation) {
    }

    /** What a reorganisation did. */
    public record Outcome(LocalDate effectiveDate, List<String> ceased, List<String> successors,
            List<String> dissolved, List<String> ceasedWithoutSuccessor, int moved, int snapshotsPublished) {
    }
}
