package vn.cascade.plan.rest.mapping;

import vn.cascade.plan.domain.PlanDiff;
import vn.cascade.plan.rest.dto.PlanDiffResponse;
import vn.cascade.plan.rest.dto.PlanVersionResponse;
import vn.cascade.plan.service.PlanVersions;

/** A plan's versions and their differences, to the API's records. */
public final class PlanVersionMapper {

    private PlanVersionMapper() {
    }

    /** For the list: without the content. */
    public static PlanVersionResponse toSummary(PlanVersions.Version version) {
        return new PlanVersionResponse(version.version(), version.status(), version.reason(), version.changedAt(),
                version.changedBy(), version.whole(), null);
    }

    public static PlanVersionResponse toResponse(PlanVersions.Version version) {
        return new PlanVersionResponse(version.version(), version.status(), version.reason(), version.changedAt(),
                version.changedBy(), version.whole(), version.content());
    }

    public static PlanDiffResponse toResponse(PlanVersions.Diff diff) {
        PlanDiff changes = diff.changes();
        return new PlanDiffResponse(diff.version(), diff.against(), changes.isEmpty(),
                changes.fields().stream().map(field -> new PlanDiffResponse.FieldChange(field.field(), field.before(),
                        field.after())).toList(),
                new PlanDiffResponse.TargetChanges(changes.targets().added(), changes.targets().removed(),
                        changes.targets().changed().stream().map(changed -> new PlanDiffResponse.TargetChange(
                                changed.key(), changed.before(), changed.after(), changed.fields())).toList()),
                new PlanDiffResponse.TaskChanges(changes.tasks().added(), changes.tasks().removed(),
                        changes.tasks().changed().stream().map(changed -> new PlanDiffResponse.TaskChange(
                                changed.key(), changed.before(), changed.after(), changed.fields())).toList()));
    }
}
