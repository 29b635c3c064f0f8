package vn.cascade.plan.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of "Nơi nhận". */
@Schema(name = "Recipient")
public record Recipient(
        @Schema(example = "BTV Tỉnh ủy") String name,
        @Schema(example = "TU-QUANGTRI") String organizationCode,
        Purpose purpose) {

    public enum Purpose {
        /** để báo cáo (b/c): upward */
        FOR_REPORTING,
        /** để thực hiện */
        FOR_IMPLEMENTATION,
        /** để biết, phối hợp */
        FOR_INFORMATION,
        /** lưu: filing */
        FOR_FILING
    }
}
