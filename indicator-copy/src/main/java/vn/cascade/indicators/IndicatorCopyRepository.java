package vn.cascade.indicators;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.persistence.VersionedCopy;
import vn.cascade.reader.CatalogueNaming;
import vn.cascade.reader.IndicatorNaming;

/** The copy of the catalogue: a few dozen rows, read whole. */
@ApplicationScoped
public class IndicatorCopyRepository implements PanacheRepositoryBase<CatalogueIndicator, String> {

    /** The importers' vocabulary as the copy holds it on the day (read per import). */
    public IndicatorNaming naming(LocalDate day) {
        return CatalogueNaming.of(listAll().stream().map(CatalogueIndicator::naming).toList(), day);
    }

    /** Inserts or replaces the copy, unless it already holds this version or a newer one. */
    public void upsert(IndicatorSnapshot snapshot) {
        VersionedCopy.toUpdate(findByIdOptional(snapshot.code()), copy -> copy.version, snapshot.version(), () -> {
            CatalogueIndicator created = new CatalogueIndicator();
            created.code = snapshot.code();
            return created;
        }).ifPresent(copy -> {
            copy.nameVi = snapshot.nameVi();
            copy.nameEn = snapshot.nameEn();
            copy.kind = snapshot.kind();
            copy.numerator = snapshot.numerator();
            copy.denominator = snapshot.denominator();
            copy.unit = snapshot.unit();
            copy.aggregation = snapshot.aggregation();
            copy.validFrom = snapshot.validFrom();
            copy.validTo = snapshot.validTo();
            copy.aliases = snapshot.aliases() == null ? List.of() : List.copyOf(snapshot.aliases());
            // a producer that does not send keywords yet leaves those the copy has
            if (snapshot.keywords() != null) {
                copy.keywords = List.copyOf(snapshot.keywords());
            }
            copy.reportedAt = snapshot.reportedAt();
            copy.version = snapshot.version();
            persist(copy);
        });
    }
}
