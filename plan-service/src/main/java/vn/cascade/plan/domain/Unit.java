package vn.cascade.plan.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A lead or cooperating unit of a task: a registered organisation, or a unit named in the plan that is
 * not registered ("Các phòng, ban, ngành, đoàn thể cấp huyện").
 */
@Schema(name = "TaskUnit")
public record Unit(
        @Schema(description = "Code of the registered organisation, if it is one", example = "BTC-HU-VINHLINH") String organizationCode,
        @Schema(example = "Ban Tổ chức Huyện ủy") String name) {
}
