package vn.cascade.directive.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;

/** The content of a directive, as drafted, updated or amended. */
@Schema(name = "DirectiveRequest")
public record DirectiveRequest(
        @Schema(description = "Version read before changing; required to update or amend, absent to draft", example = "0")
        Long version,
        @Schema(description = "Number-type/issuer (số, ký hiệu)", example = "21-NQ/TW")
        @NotBlank @Size(max = 60)
        String symbol,
        @Schema(description = "Code of the issuing organisation", example = "BCHTW")
        @NotBlank @Size(max = 50)
        String issuingOrganizationCode,
        @Schema(example = "2022-06-16")
        @NotNull
        LocalDate issueDate,
        @Schema(description = "Term of the issuing committee (khóa)", example = "XIII")
        @Size(max = 20)
        String term,
        @Schema(description = "Title (trích yếu)",
                example = "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới")
        @NotBlank @Size(max = 1000)
        String title,
        @Schema(example = "Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII")
        @Size(max = 10_000)
        String summary,
        @Schema(description = "Full text")
        @Size(max = 500_000)
        String body,
        @Valid @Size(max = 200)
        List<@NotNull @Valid Target> targets,
        @Valid @Size(max = 200)
        List<@NotNull @Valid Reference> references) {

    @Schema(name = "DirectiveReferenceRequest")
    public record Reference(
            @NotNull ReferenceKind kind,
            @Schema(example = "05-CT/TW") @NotBlank @Size(max = 60) String symbol,
            @Schema(description = "Issue date of the named document, when known", example = "2016-05-15") LocalDate issueDate) {
    }

    public List<Target> targetsOrEmpty() {
        return targets == null ? List.of() : targets;
    }

    public List<Reference> referencesOrEmpty() {
        return references == null ? List.of() : references;
    }
}
