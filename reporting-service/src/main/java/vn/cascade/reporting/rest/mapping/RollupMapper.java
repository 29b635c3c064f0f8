package vn.cascade.reporting.rest.mapping;

import vn.cascade.common.documents.Target;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.reporting.domain.Completeness;
import vn.cascade.reporting.domain.RollupFigures;
import vn.cascade.reporting.rest.dto.CompletenessResponse;
import vn.cascade.reporting.rest.dto.RollupResponse;
import vn.cascade.reporting.rest.dto.RollupResponse.Figure;
import vn.cascade.reporting.rest.dto.RollupResponse.OrganizationSummary;
import vn.cascade.reporting.rest.dto.RollupResponse.TargetCheck;
import vn.cascade.reporting.service.CompletenessService;
import vn.cascade.reporting.service.RollupService;
import vn.cascade.reporting.service.RollupUnit;

/** Roll-ups and completeness tables as the API shows them. */
public final class RollupMapper {

    private RollupMapper() {
    }

    public static RollupResponse toResponse(RollupService.Rollup rollup) {
        return new RollupResponse(summary(rollup.organization()), rollup.period().kind(), rollup.period().year(),
                rollup.period().start(), rollup.period().end(), rollup.hierarchy(), rollup.includeSubmitted(),
                rollup.indicators(), row(rollup.total()), rollup.own() == null ? null : row(rollup.own()),
                rollup.subordinates().stream().map(RollupMapper::row).toList());
    }

    public static CompletenessResponse toResponse(CompletenessService.CompletenessTable table) {
        return new CompletenessResponse(summary(table.organization()), table.period().kind(), table.period().year(),
                table.hierarchy(), table.asOf(),
                row(summary(table.organization()), table.organization().level(), table.total()),
                table.own() == null ? null : row(table.own()),
                table.subordinates().stream().map(RollupMapper::row).toList(),
                table.levels().stream().map(RollupMapper::row).toList(),
                table.notReported().stream().map(RollupMapper::missing).toList());
    }

    private static OrganizationSummary summary(RollupUnit unit) {
        return unit == null ? null : new OrganizationSummary(unit.id(), unit.code(), unit.name(), unit.level());
    }

    private static RollupResponse.Row row(RollupService.Row row) {
        return new RollupResponse.Row(summary(row.organization()), row.reportingOrganizations(),
                row.figures().stream().map(RollupMapper::figure).toList(), row.splitInto().isEmpty() ? null
                        : row.splitInto().stream().map(RollupMapper::summary).toList());
    }

    private static Figure figure(RollupFigures.Figure figure) {
        return new Figure(figure.indicator(), figure.name(), RollupResponse.Kind.valueOf(figure.kind().name()),
                figure.value(), figure.numerator(), figure.denominator(), figure.result(),
                figure.targets().stream().map(RollupMapper::targetCheck).toList());
    }

    private static TargetCheck targetCheck(RollupFigures.TargetCheck check) {
        Target target = check.target();
        return new TargetCheck(check.planSymbol(), target.label(), target.comparator(), target.value(),
                target.upperValue(), target.unit(), target.baselineValue(), target.baselineDate(), target.period(),
                check.result(), check.progress(), check.measured(),
                check.ownParts() ? ownNumerator(check) : null,
                check.ownParts() ? target.denominatorIndicator() : null, check.numerator(), check.denominator());
    }

    /** A target's own numerator: the one it names, else its indicator itself (under the catalogue's code). */
    private static String ownNumerator(RollupFigures.TargetCheck check) {
        return check.target().numeratorIndicator() != null ? check.target().numeratorIndicator()
                : check.target().indicatorCode();
    }

    private static CompletenessResponse.Row row(CompletenessService.CompletenessRow row) {
        return row(summary(row.organization()), row.level(), row.figures());
    }

    private static CompletenessResponse.Row row(OrganizationSummary organization, OrganizationLevel level,
            Completeness figures) {
        return new CompletenessResponse.Row(organization, level, figures.due(), figures.submitted(),
                figures.onTime(), figures.missing(), figures.completenessPercent().orElse(null),
                figures.timelinessPercent().orElse(null));
    }

    private static CompletenessResponse.Missing missing(CompletenessService.MissingReport missing) {
        return new CompletenessResponse.Missing(summary(missing.organization()), missing.obligationId(),
                missing.planSymbol(), missing.recipientCode(), missing.dueDate(), missing.status());
    }
}
