package vn.cascade.reporting.rest.mapping;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.cascade.reporting.domain.Indicator;
import vn.cascade.reporting.rest.dto.IndicatorRequest;
import vn.cascade.reporting.rest.dto.IndicatorResponse;

/** Between the catalogue's entities and the API's records. */
public final class IndicatorMapper {

    private IndicatorMapper() {
    }

    public static Indicator.Definition toDefinition(String code, IndicatorRequest request) {
        Set<String> aliases = request.aliases() == null ? Set.of() : new TreeSet<>(request.aliases());
        return new Indicator.Definition(code, request.nameVi(), request.nameEn(), request.kind(), request.numerator(),
                request.denominator(), request.unit(), request.validFrom(), request.validTo(), aliases,
                request.aggregation(), Boolean.TRUE.equals(request.standing()),
                request.keywords() == null ? List.of() : request.keywords(), request.reportedAt());
    }

    public static IndicatorResponse toResponse(Indicator indicator) {
        return new IndicatorResponse(indicator.code, indicator.nameVi, indicator.nameEn, indicator.kind,
                indicator.numerator, indicator.denominator, indicator.unit, indicator.aggregation, indicator.standing,
                indicator.validFrom, indicator.validTo, List.copyOf(new TreeSet<>(indicator.aliases)),
                List.copyOf(indicator.keywords), indicator.reportedAt, indicator.version, indicator.updatedAt);
    }
}
