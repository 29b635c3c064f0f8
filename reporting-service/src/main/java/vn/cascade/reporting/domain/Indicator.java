package vn.cascade.reporting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.OrganizationLevel;

/**
 * One indicator (chỉ tiêu thống kê) of the catalogue: what a report may carry, how a roll-up aggregates it over a
 * subtree, and what a plan's target may name. Admins add and change them; the nine of the first plans are seed data.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    /** How the value is obtained. */
    @Schema(name = "IndicatorKind")
    public enum Kind {
        /** A whole number reported by each organisation (số đảng viên mới được kết nạp). */
        COUNT,
        /** numerator ÷ denominator × 100 of two counts; computed, never reported (tỉ lệ). */
        RATE,
        /** Each organisation answers 1 (yes, có/đạt) or 0 (no); up the tree, how many answered yes. */
        YES_NO,
        /**
         * The share, in percent, of the organisations answering a YES_NO indicator (its numerator) that answered
         * yes (tỉ lệ tổ chức đạt …); computed, never reported.
         */
        SHARE;

        /** Computed from other indicators, never reported. */
        public boolean computed() {
            return this == RATE || this == SHARE;
        }
    }

    /** How a roll-up combines the subordinates' values. */
    @Schema(name = "IndicatorAggregation")
    public enum Aggregation {
        /** counts are added up (a YES_NO: the organisations that answered yes) */
        SUM,
        /** the summed numerator over the summed denominator: never an average of the subordinates' rates */
        RECOMPUTED_RATE,
        /** the yeses over the organisations that answered, in the whole subtree: never an average of shares */
        SHARE_OF_ORGANIZATIONS,
        /** a count: the smallest value an organisation of the subtree gave */
        MIN,
        /** a count: the largest value an organisation of the subtree gave */
        MAX;

        /** The kind's aggregation; a count may ask for MIN or MAX instead of SUM. */
        public static Aggregation of(Kind kind, Aggregation asked) {
            return switch (kind) {
                case RATE -> RECOMPUTED_RATE;
                case SHARE -> SHARE_OF_ORGANIZATIONS;
                case YES_NO -> SUM;
                case COUNT -> asked == MIN || asked == MAX ? asked : SUM;
            };
        }
    }

    /** What an admin says of an indicator; the aggregation follows from the kind. */
    public record Definition(String code, String nameVi, String nameEn, Kind kind, String numerator,
            String denominator, String unit, LocalDate validFrom, LocalDate validTo, Set<String> aliases,
            Aggregation aggregation, boolean standing, List<String> keywords, OrganizationLevel reportedAt) {

        /** A definition given by every level that is asked (no reporting level). */
        public Definition(String code, String nameVi, String nameEn, Kind kind, String numerator, String denominator,
                String unit, LocalDate validFrom, LocalDate validTo, Set<String> aliases, Aggregation aggregation,
                boolean standing, List<String> keywords) {
            this(code, nameVi, nameEn, kind, numerator, denominator, unit, validFrom, validTo, aliases, aggregation,
                    standing, keywords, null);
        }

        /** A definition with no keywords: the importer does not name targets by it. */
        public Definition(String code, String nameVi, String nameEn, Kind kind, String numerator, String denominator,
                String unit, LocalDate validFrom, LocalDate validTo, Set<String> aliases, Aggregation aggregation,
                boolean standing) {
            this(code, nameVi, nameEn, kind, numerator, denominator, unit, validFrom, validTo, aliases, aggregation,
                    standing, List.of());
        }

        /** A definition with the kind's own aggregation, not standing. */
        public Definition(String code, String nameVi, String nameEn, Kind kind, String numerator, String denominator,
                String unit, LocalDate validFrom, LocalDate validTo, Set<String> aliases) {
            this(code, nameVi, nameEn, kind, numerator, denominator, unit, validFrom, validTo, aliases, null, false,
                    List.of());
        }
    }

    @Id
    public String code;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** Rates only: the count above the line. */
    public String numerator;

    /** Rates only: the count below the line. */
    public String denominator;

    public String unit;

    @Enumerated(EnumType.STRING)
    public Aggregation aggregation;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /**
     * The level whose organisations enter it (a grassroots indicator: the grassroots organisations report it, the
     * committees above see it only rolled up); null: every level gives its own figure. Reported kinds only.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "reported_at")
    public OrganizationLevel reportedAt;

    /** Every report may carry it, whatever its plan targets (the seeded party-building counts). */
    public boolean standing;

    /** Display order of a roll-up that shows every indicator. */
    public int position;

    /** Other vocabularies' codes for this indicator (the plan importer's GOOD_RATING_RATE for ORGS_GOOD_RATE). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_alias", joinColumns = @JoinColumn(name = "code"))
    @Column(name = "alias")
    public Set<String> aliases = new TreeSet<>();

    /**
     * The words by which the plan importer recognises a target of this indicator (its vocabulary): each a phrase,
     * or phrases joined by '+' that must all occur, NFC; matched without diacritics or case (docs/importer.md).
     */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> keywords = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** A new indicator, shown after every one the catalogue had. */
    public static Indicator defined(Definition definition, int position, OffsetDateTime now, String by) {
        Indicator indicator = new Indicator();
        indicator.code = definition.code();
        indicator.position = position;
        indicator.define(definition, now, by);
        return indicator;
    }

    /** Takes over what the admin says; the code never changes, reports and targets refer to it. */
    public void define(Definition definition, OffsetDateTime now, String by) {
        nameVi = definition.nameVi();
        nameEn = definition.nameEn();
        kind = definition.kind();
        numerator = kind.computed() ? definition.numerator() : null;
        denominator = kind == Kind.RATE ? definition.denominator() : null;
        unit = definition.unit();
        aggregation = Aggregation.of(kind, definition.aggregation());
        standing = definition.standing();
        reportedAt = kind.computed() ? null : definition.reportedAt();
        validFrom = definition.validFrom();
        validTo = definition.validTo();
        aliases.clear();
        if (definition.aliases() != null) {
            aliases.addAll(definition.aliases());
        }
        keywords = definition.keywords() == null ? new ArrayList<>() : new ArrayList<>(definition.keywords());
        updatedAt = now;
        updatedBy = by;
    }

    /** The indicator as the catalogue's events announce it (docs/events.md). */
    public IndicatorSnapshot snapshot() {
        return new IndicatorSnapshot(code, nameVi, nameEn, kind.name(), numerator, denominator, unit,
                aggregation.name(), validFrom, validTo, List.copyOf(aliases), List.copyOf(keywords),
                reportedAt == null ? null : reportedAt.name(), version);
    }

    /** Numerator ÷ denominator × 100 of two counts. */
    public boolean isRate() {
        return kind == Kind.RATE;
    }

    /** Computed from other indicators (a rate, a share), never reported. */
    public boolean isComputed() {
        return kind.computed();
    }

    /** The reported indicators a value of this one is computed from: itself when it is reported. */
    public List<String> parts() {
        return switch (kind) {
            case RATE -> List.of(numerator, denominator);
            case SHARE -> List.of(numerator);
            default -> List.of(code);
        };
    }

    /** Whether an organisation at the level enters it: at its reporting level, or at any when it has none. */
    public boolean reportedBy(OrganizationLevel level) {
        return reportedAt == null || reportedAt == level;
    }

    /** Whether the indicator is in use at some time in the year: a roll-up of the year shows it by default. */
    public boolean validIn(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
    }
}
