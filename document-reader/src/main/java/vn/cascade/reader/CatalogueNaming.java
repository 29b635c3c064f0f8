package vn.cascade.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The importers' vocabulary read from a service's copy of the indicator catalogue (plan-service's and
 * directive-service's, both kept from cascade.indicators.v1): every indicator in use on the day with its keywords, a
 * percentage naming a rate or a share, a count naming a count or a yes/no indicator. The only list of names is the
 * catalogue's; an indicator an admin adds with keywords names the next import's targets.
 */
public final class CatalogueNaming {

    /**
     * One indicator of a copy of the catalogue, as the importer reads it.
     *
     * @param kind    as the catalogue names it (COUNT, RATE, YES_NO, SHARE; a kind not known here names nothing)
     * @param validTo last day in use; null while it is
     */
    public record Indicator(String code, String kind, String numerator, String denominator, LocalDate validTo,
            List<String> keywords) {
    }

    private CatalogueNaming() {
    }

    public static IndicatorNaming of(Collection<Indicator> catalogue, LocalDate day) {
        return IndicatorNaming.of(entries(catalogue, day));
    }

    /** The copy's indicators as the importer sees them; retired ones and kinds not known here left out. */
    public static List<IndicatorNaming.Entry> entries(Collection<Indicator> catalogue, LocalDate day) {
        List<IndicatorNaming.Entry> entries = new ArrayList<>();
        for (Indicator indicator : catalogue) {
            boolean retired = indicator.validTo() != null && indicator.validTo().isBefore(day);
            if (retired || indicator.keywords() == null || indicator.keywords().isEmpty()) {
                continue;
            }
            Boolean percent = switch (indicator.kind()) {
                case "RATE", "SHARE" -> true;
                case "COUNT", "YES_NO" -> false;
                case null, default -> null;
            };
            if (percent != null) {
                boolean rate = "RATE".equals(indicator.kind());
                entries.add(new IndicatorNaming.Entry(indicator.code(), percent, rate ? indicator.numerator() : null,
                        rate ? indicator.denominator() : null, List.copyOf(indicator.keywords())));
            }
        }
        return entries;
    }
}
