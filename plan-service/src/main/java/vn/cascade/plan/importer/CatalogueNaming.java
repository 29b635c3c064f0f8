package vn.cascade.plan.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.cascade.plan.domain.CatalogueIndicator;
import vn.cascade.reader.IndicatorNaming;

/**
 * The importer's vocabulary read from plan-service's copy of the indicator catalogue: every indicator in use on the
 * day with its keywords, a percentage naming a rate or a share, a count naming a count or a yes/no indicator. The
 * only list of names is the catalogue's; an indicator an admin adds with keywords names the next import's targets.
 */
public final class CatalogueNaming {

    private CatalogueNaming() {
    }

    public static IndicatorNaming of(Collection<CatalogueIndicator> catalogue, LocalDate day) {
        return IndicatorNaming.of(entries(catalogue, day));
    }

    /** The copy's indicators as the importer sees them; retired ones and kinds this service does not know left out. */
    public static List<IndicatorNaming.Entry> entries(Collection<CatalogueIndicator> catalogue, LocalDate day) {
        List<IndicatorNaming.Entry> entries = new ArrayList<>();
        for (CatalogueIndicator indicator : catalogue) {
            if (indicator.retiredOn(day) || indicator.keywords == null || indicator.keywords.isEmpty()) {
                continue;
            }
            Boolean percent = switch (indicator.kind) {
                case "RATE", "SHARE" -> true;
                case "COUNT", "YES_NO" -> false;
                default -> null;
            };
            if (percent != null) {
                entries.add(new IndicatorNaming.Entry(indicator.code, percent,
                        "RATE".equals(indicator.kind) ? indicator.numerator : null,
                        "RATE".equals(indicator.kind) ? indicator.denominator : null, List.copyOf(indicator.keywords)));
            }
        }
        return entries;
    }
}
