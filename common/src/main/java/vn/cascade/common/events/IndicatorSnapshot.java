package vn.cascade.common.events;

import java.time.LocalDate;
import java.util.List;

/**
 * One indicator of reporting-service's catalogue as it stands after a change, on {@link Topics#INDICATORS},
 * keyed by its code: plan-service keeps its copy of the catalogue from these (a plan's target names a catalogue
 * code). The newest {@code version} wins. Kinds and aggregations are strings so that a consumer keeps a kind it
 * does not know yet. See docs/events.md.
 *
 * @param kind        COUNT, RATE, YES_NO or SHARE (docs/glossary.md, Indicators)
 * @param numerator   a rate's count above the line; a share's yes/no indicator
 * @param denominator a rate's count below the line
 * @param aggregation how a roll-up combines it: SUM, RECOMPUTED_RATE, SHARE_OF_ORGANIZATIONS, MIN or MAX
 * @param validFrom   first day it is in use; null: always
 * @param validTo     last day it is in use; null: still in use. An indicator is never deleted, it is retired
 * @param aliases     other vocabularies' codes for it (the plan importer's GOOD_RATING_RATE)
 * @param keywords    the words by which a document's sentence names it, NFC: a phrase, or phrases joined by '+'
 *                    that must all occur ("chi ủy + chi bộ"); the plan importer's vocabulary. Null from a producer
 *                    that does not send them yet
 * @param reportedAt  the level whose organisations enter it ({@link OrganizationLevel}'s name): those above only see
 *                    it rolled up, other levels do not give it. Null: every level gives its own figure (also from a
 *                    producer that does not send it yet); always null for a computed kind (RATE, SHARE)
 */
public record IndicatorSnapshot(
        String code,
        String nameVi,
        String nameEn,
        String kind,
        String numerator,
        String denominator,
        String unit,
        String aggregation,
        LocalDate validFrom,
        LocalDate validTo,
        List<String> aliases,
        List<String> keywords,
        String reportedAt,
        long version) {

    /** A snapshot with no reporting level (every level gives its own figure). */
    public IndicatorSnapshot(String code, String nameVi, String nameEn, String kind, String numerator,
            String denominator, String unit, String aggregation, LocalDate validFrom, LocalDate validTo,
            List<String> aliases, List<String> keywords, long version) {
        this(code, nameVi, nameEn, kind, numerator, denominator, unit, aggregation, validFrom, validTo, aliases,
                keywords, null, version);
    }

    public static final String AGGREGATE = "indicator";
    /** An admin added it (or, once, the catalogue's seed was announced). */
    public static final String DEFINED = "vn.cascade.indicator.defined.v1";
    public static final String CHANGED = "vn.cascade.indicator.changed.v1";
    /** A change ended its validity on or before the day it was made: no new target or report may name it. */
    public static final String RETIRED = "vn.cascade.indicator.retired.v1";

    /** Whether it is no longer in use on the day. */
    public boolean retiredOn(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }
}
