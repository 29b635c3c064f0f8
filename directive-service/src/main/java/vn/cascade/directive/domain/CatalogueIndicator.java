package vn.cascade.directive.domain;

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
 * directive-service's copy of one indicator of reporting-service's catalogue, kept from its events
 * (cascade.indicators.v1): the directive importer names a figure's indicator by its keywords.
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

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> aliases = new ArrayList<>();

    /** The words by which a sentence names it: the importer's vocabulary (docs/importer.md). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> keywords = new ArrayList<>();

    /** The level whose organisations enter it, as the catalogue names it; null: every level. */
    @Column(name = "reported_at")
    public String reportedAt;

    public long version;

    /** The indicator as the importers read their vocabulary from it. */
    public CatalogueNaming.Indicator naming() {
        return new CatalogueNaming.Indicator(code, kind, numerator, denominator, validTo, keywords);
    }
}
