package vn.cascade.indicators;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.reader.CatalogueNaming;

/**
 * A service's copy of one indicator of reporting-service's catalogue, kept from its events (cascade.indicators.v1):
 * what a plan's target may name, and the words by which the directive and plan importers name a figure's indicator.
 * The table is each service's own (directive-service V8, plan-service V7, V12, V15), of the same shape in both.
 */
@Entity
@Table(name = "indicator")
public class CatalogueIndicator {

    @Id
    public String code;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    /** COUNT, RATE, … as the catalogue names it: a kind not known here is kept. */
    public String kind;

    public String numerator;

    public String denominator;

    public String unit;

    public String aggregation;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** Last day in use; null while it is. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** Other vocabularies' codes for it (the plan importer's GOOD_RATING_RATE); a few per indicator at most. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> aliases = new ArrayList<>();

    /** The words by which a sentence names it: the importers' vocabulary (docs/importer.md). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> keywords = new ArrayList<>();

    /** The level whose organisations enter it, as the catalogue names it; null: every level. */
    @Column(name = "reported_at")
    public String reportedAt;

    public long version;

    /** The indicator as the importers read their vocabulary from it (document-reader's CatalogueNaming). */
    public CatalogueNaming.Indicator naming() {
        return new CatalogueNaming.Indicator(code, kind, numerator, denominator, validTo, keywords);
    }

    /** No longer in use on the day: no new target may name it. */
    public boolean retiredOn(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }
}
