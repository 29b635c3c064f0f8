package vn.cascade.plan.rest.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.export.SpreadsheetWriter;
import vn.cascade.common.i18n.Language;
import vn.cascade.plan.rest.dto.LevelCoverageResponse;
import vn.cascade.plan.service.LevelCoverage;

/** Coverage per level as the API answers it, and as a table to download: Vietnamese by default, English on request. */
public final class LevelCoverageTables {

    private static final List<String> HEADER_VI = List.of("Cấp", "Phải ban hành", "Đã ban hành", "Ban hành muộn",
            "Chưa ban hành", "Chưa ban hành quá hạn", "Muộn", "Trung vị số ngày", "P90 số ngày");
    private static final List<String> HEADER_EN = List.of("Level", "Expected", "Answered", "Answered late", "Owing",
            "Owing overdue", "Late", "Median days", "P90 days");

    private LevelCoverageTables() {
    }

    public static LevelCoverageResponse toResponse(LevelCoverage.Table table) {
        return new LevelCoverageResponse(table.directiveId(), table.directiveSymbol(), table.directiveIssueDate(),
                table.scopeOrganizationCode(), table.asOf(),
                table.levels().stream().map(LevelCoverageTables::row).toList(), row(table.total()));
    }

    public static SpreadsheetWriter.Table table(LevelCoverageResponse coverage, Language language) {
        boolean english = language == Language.EN;
        List<List<Object>> rows = new ArrayList<>();
        for (LevelCoverageResponse.Row row : coverage.levels()) {
            rows.add(cells(levelName(row.level(), english), row));
        }
        rows.add(cells(english ? "Total" : "Tổng", coverage.total()));
        // A sheet name allows no '/', so the directive's symbol stays in the file name.
        return new SpreadsheetWriter.Table(english ? "By level" : "Theo cấp", english ? HEADER_EN : HEADER_VI, rows);
    }

    private static List<Object> cells(String level, LevelCoverageResponse.Row row) {
        return Arrays.asList(level, row.expected(), row.answered(), row.answeredLate(), row.owing(), row.owingLate(),
                row.late(), row.medianLagDays(), row.p90LagDays());
    }

    private static String levelName(OrganizationLevel level, boolean english) {
        return switch (level) {
            case CENTRAL -> english ? "Central" : "Trung ương";
            case PROVINCIAL -> english ? "Province" : "Tỉnh";
            case DISTRICT -> english ? "District" : "Huyện";
            case GRASSROOTS -> english ? "Grassroots" : "Cơ sở";
            case CELL -> english ? "Party cell" : "Chi bộ";
        };
    }

    private static LevelCoverageResponse.Row row(LevelCoverage.Row row) {
        return new LevelCoverageResponse.Row(row.level(), row.expected(), row.answered(), row.answeredLate(),
                row.owing(), row.owingLate(), row.late(), row.medianLagDays(), row.p90LagDays());
    }
}
