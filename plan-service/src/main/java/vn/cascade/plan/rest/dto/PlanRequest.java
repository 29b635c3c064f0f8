package vn.cascade.plan.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.Signer;
import vn.cascade.plan.domain.Timeframe;
import vn.cascade.plan.domain.Unit;

/** The content of a plan, as drafted, updated or amended. */
@Schema(name = "PlanRequest")
public record PlanRequest(
        @Schema(description = "Version read before changing; required to update or amend, absent to draft", example = "0")
        Long version,
        @Schema(description = "Number-type/issuer; may wait until the plan is issued", example = "68-KH/HU")
        @Size(max = 60)
        String symbol,
        @Schema(description = "Code of the issuing organisation", example = "HU-VINHLINH")
        @NotBlank @Size(max = 50)
        String issuingOrganizationCode,
        @Schema(example = "2023-01-09")
        LocalDate issueDate,
        @Schema(example = "Vĩnh Linh") @Size(max = 200)
        String issuePlace,
        @Schema(example = "Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII")
        @NotBlank @Size(max = 1000)
        String title,
        @Schema(description = "Mục đích") @Size(max = 50_000) String purposes,
        @Schema(description = "Yêu cầu") @Size(max = 50_000) String requirements,
        @Schema(description = "Tổ chức thực hiện") @Size(max = 50_000) String implementation,
        @Schema(description = "The directive the plan carries out") @Valid
        DocumentReference implementsDirective,
        @Schema(description = "Upper-level documents the plan is based on, such as 07-KH/TW and 48-CTr/TU")
        @Size(max = 50) List<@NotNull @Valid DocumentReference> basedOn,
        @Size(max = 200) List<@NotNull @Valid Target> targets,
        @Size(max = 1000) List<@NotNull @Valid Task> tasks,
        @Size(max = 20) List<@NotNull @Valid Reporting> reportingRequirements,
        @Schema(description = "Nơi nhận") @Size(max = 100) List<@NotNull @Valid Recipient> recipients,
        Signer signer,
        @Valid SubordinatePlans subordinatePlans) {

    @Schema(name = "DocumentReference")
    public record DocumentReference(
            @Schema(description = "Defaults to IMPLEMENTS for the implemented directive, BASED_ON otherwise") ReferenceKind kind,
            @Schema(example = "21-NQ/TW") @NotBlank @Size(max = 60) String symbol,
            @Schema(example = "2022-06-16") LocalDate issueDate) {
    }

    @Schema(name = "TaskRequest")
    public record Task(
            @Schema(example = "1.1") @Size(max = 20) String number,
            @Schema(example = "Đổi mới, hoàn thiện tổ chức các loại hình TCCSĐ") @NotBlank @Size(max = 20_000) String text,
            @Size(max = 50) List<@NotNull Unit> leadUnits,
            @Size(max = 100) List<@NotNull Unit> cooperatingUnits,
            @Schema(description = "Give the kind and its fields, or only the text to be read (e.g. \"Hoàn thành trong tháng 8/2022\")")
            @NotNull Timeframe timeframe) {
    }

    @Schema(name = "ReportingRequirementRequest")
    public record Reporting(
            @Schema(description = "Codes of the reporting units, at most 500; empty or absent for all direct subordinates")
            @Size(max = 500) List<@NotBlank @Size(max = 50) String> reporterCodes,
            @Schema(example = "TU-HANOI") @NotBlank String recipientCode,
            @Schema(example = "BTC-TU-HANOI") String viaCode,
            @NotEmpty Set<@NotNull ReportingFrequency> frequencies,
            @Schema(example = "[2023]") @NotEmpty @Size(max = 20) List<@NotNull @Min(2000) @Max(2100) Integer> years,
            @Schema(description = "Days after the period ends; negative when due before", example = "5")
            @NotNull @Min(-90) @Max(90) Integer dueDaysAfterPeriodEnd,
            @Schema(example = "7") @Min(0) @Max(90) Integer reminderDaysBeforeDue) {
    }

    @Schema(name = "SubordinatePlans", description = "Which subordinates must answer with a plan of their own, by when")
    public record SubordinatePlans(
            @Schema(description = "Codes, at most 500; empty or absent for all direct subordinates")
            @Size(max = 500) List<@NotBlank @Size(max = 50) String> addressees,
            @Schema(example = "2023-03-31") LocalDate deadline) {
    }
}
