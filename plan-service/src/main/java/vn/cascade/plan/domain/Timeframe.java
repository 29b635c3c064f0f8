package vn.cascade.plan.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.text.VietnameseText;

/**
 * When a task is to be done, as the plan says it.
 *
 * @param month           for DUE_BY_MONTH
 * @param year            for DUE_BY_YEAR and STARTING_FROM
 * @param awaitedDocument for AWAITING_GUIDANCE, the symbol of the awaited document when known
 * @param text            the plan's own words, e.g. "(hoàn thành trong tháng 8/2022)"
 */
@Schema(name = "Timeframe")
public record Timeframe(
        TimeframeKind kind,
        @Schema(implementation = String.class, pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", example = "2022-08",
                description = "Year and month (yyyy-MM), for DUE_BY_MONTH")
        YearMonth month,
        @Schema(example = "2023") Integer year,
        @Schema(example = "35-HD/BTCTW") String awaitedDocument,
        @Schema(example = "Hoàn thành trong tháng 8/2022") String text) {

    private static final Pattern BY_MONTH = Pattern.compile("thang\\s+(\\d{1,2})\\s*(?:[/.-]|\\s+nam\\s+)\\s*(\\d{4})");
    private static final Pattern BY_YEAR = Pattern.compile("(?:trong|truoc|den|cham nhat|cuoi)\\s+nam\\s+(\\d{4})");
    // Words that make a month a deadline: "hoàn thành trong tháng 8/2022", "chậm nhất trong tháng 6/2024",
    // "trước tháng 6 năm 2024", or the dates of a one-off event "(ngày 21 và 22 tháng 7/2022)".
    private static final Pattern MONTH_DEADLINE = Pattern.compile("hoan thanh|cham nhat|truoc|xong|trong thang|ngay\\s+\\d");
    private static final Pattern FROM_YEAR = Pattern.compile("tu\\s+nam\\s+(\\d{4})");

    /** The last day by which the task is due, for the kinds that have one. */
    @JsonIgnore
    public Optional<LocalDate> dueDate() {
        return switch (kind) {
            case DUE_BY_MONTH -> Optional.of(month.atEndOfMonth());
            case DUE_BY_YEAR -> Optional.of(LocalDate.of(year, 12, 31));
            default -> Optional.empty();
        };
    }

    /**
     * The guidance named in "sau khi có Hướng dẫn số 35-HD/BTCTW": the first guidance (HD) symbol of the text. Other
     * symbols there are what the guidance is about ("hướng dẫn thực hiện Nghị quyết 21-NQ/TW"), not the guidance.
     */
    private static String awaitedGuidance(String text) {
        return DocumentSymbol.findAll(text).stream().filter(symbol -> symbol.type() == DocumentType.HD)
                .map(DocumentSymbol::toString).findFirst().orElse(null);
    }

    /** Whether the fields the kind needs are there. */
    @JsonIgnore
    public Optional<String> problem() {
        if (kind == null) {
            return Optional.of("give the kind, or the text to read it from");
        }
        return switch (kind) {
            case DUE_BY_MONTH -> month == null ? Optional.of("DUE_BY_MONTH needs the month") : Optional.empty();
            case DUE_BY_YEAR, STARTING_FROM -> year == null ? Optional.of(kind + " needs the year") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * Reads the usual Vietnamese phrasing; a deadline wins over a start, a start over a repetition.
     * Returns empty when the text names no timeframe this model knows.
     */
    public static Optional<Timeframe> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String original = VietnameseText.nfc(text);
        String folded = VietnameseText.fold(text);
        Matcher month = BY_MONTH.matcher(folded);
        if (MONTH_DEADLINE.matcher(folded).find() && month.find()) {
            return Optional.of(new Timeframe(TimeframeKind.DUE_BY_MONTH,
                    YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1))), null, null, original));
        }
        Matcher year = BY_YEAR.matcher(folded);
        if (year.find()) {
            return Optional.of(new Timeframe(TimeframeKind.DUE_BY_YEAR, null, Integer.parseInt(year.group(1)), null, original));
        }
        if (folded.contains("sau khi co huong dan")) {
            return Optional.of(new Timeframe(TimeframeKind.AWAITING_GUIDANCE, null, null, awaitedGuidance(original), original));
        }
        Matcher from = FROM_YEAR.matcher(folded);
        if (from.find()) {
            return Optional.of(new Timeframe(TimeframeKind.STARTING_FROM, null, Integer.parseInt(from.group(1)), null, original));
        }
        if (folded.contains("hang nam")) {
            return Optional.of(new Timeframe(TimeframeKind.ANNUALLY, null, null, null, original));
        }
        if (folded.contains("dinh ky")) {
            return Optional.of(new Timeframe(TimeframeKind.PERIODIC, null, null, null, original));
        }
        if (folded.contains("thuong xuyen") || folded.contains("tiep tuc")) {
            return Optional.of(new Timeframe(TimeframeKind.ONGOING, null, null, null, original));
        }
        return Optional.empty();
    }
}
