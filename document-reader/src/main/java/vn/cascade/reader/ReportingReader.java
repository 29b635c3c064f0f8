package vn.cascade.reader;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.events.ReportingFrequency;

/**
 * The reporting clause: "Định kỳ hằng quý, 6 tháng, 9 tháng, năm 2023 báo cáo kết quả thực hiện về Ban Thường vụ
 * Thành ủy (qua Ban Tổ chức Thành ủy)". Which periods (quarterly, 6-month, 9-month, annual, interim and final
 * review), for which years, to whom and through whom. A clause that names no period is reported as unplaced.
 */
public final class ReportingReader {

    public record Clause(Set<ReportingFrequency> frequencies, List<Integer> years, String recipientName, String viaName,
            SourceLine line, String sentence) {
    }

    public record Result(List<Clause> clauses, List<ImportWarning> unplaced) {
    }

    private static final Pattern REPORT = Pattern.compile("\\bbao cao\\b");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern TO = Pattern.compile("\\b(?:ve|len|voi|cho|gui)\\s+(?=\\p{L})");
    private static final Pattern VIA = Pattern.compile("\\(\\s*(?:qua|thong qua)\\s+([^()]+)\\)");
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[(.;,]|\\btruoc\\b|\\bde\\b|\\btheo\\b|\\bdung\\b|\\bva\\s+(?=ban\\s)|$)");

    private ReportingReader() {
    }

    public static Result read(List<SourceLine> lines, Integer issueYear) {
        List<Clause> clauses = new ArrayList<>();
        List<ImportWarning> unplaced = new ArrayList<>();
        for (SourceLine line : lines) {
            for (String sentence : TargetReader.sentences(line.text().replace('\t', ' '))) {
                String folded = Folded.of(sentence);
                Matcher report = REPORT.matcher(folded);
                if (!folded.contains("dinh ky") || !report.find()) {
                    continue;
                }
                String periods = folded.substring(Math.max(0, folded.indexOf("dinh ky")), report.start());
                Set<ReportingFrequency> frequencies = frequencies(periods);
                if (frequencies.isEmpty()) {
                    unplaced.add(new ImportWarning(line.number(), ImportWarning.abbreviate(sentence),
                            "a periodic report with no period named: not made a reporting requirement"));
                    continue;
                }
                Set<Integer> years = new TreeSet<>();
                YEAR.matcher(periods).results().forEach(r -> years.add(Integer.parseInt(r.group(1))));
                if (years.isEmpty() && issueYear != null) {
                    years.add(issueYear);
                }
                String after = folded.substring(report.end());
                String recipient = null;
                Matcher to = TO.matcher(after);
                // "… báo cáo kết quả về Ban Thường vụ …", or the recipient right after the verb: "báo cáo Ban Thường vụ …".
                boolean direct = sentence.substring(report.end()).strip().matches("^\\p{Lu}.*");
                if (direct || to.find()) {
                    int start = direct ? report.end() + (after.length() - after.stripLeading().length()) : report.end() + to.end();
                    Matcher end = NAME_END.matcher(folded);
                    end.find(start);
                    recipient = sentence.substring(start, end.start()).strip();
                }
                String via = null;
                Matcher v = VIA.matcher(sentence);
                if (v.find()) {
                    via = v.group(1).strip();
                }
                clauses.add(new Clause(frequencies, List.copyOf(years), recipient, via, line, sentence));
            }
        }
        return new Result(clauses, unplaced);
    }

    public static Set<ReportingFrequency> frequencies(String periods) {
        Set<ReportingFrequency> out = EnumSet.noneOf(ReportingFrequency.class);
        if (periods.matches(".*\\b(hang quy|moi quy|tung quy|quy(?! dinh))\\b.*")) {
            out.add(ReportingFrequency.QUARTERLY);
        }
        if (periods.matches(".*\\b(6|sau) thang\\b.*")) {
            out.add(ReportingFrequency.HALF_YEARLY);
        }
        if (periods.matches(".*\\b(9|chin) thang\\b.*")) {
            out.add(ReportingFrequency.NINE_MONTHS);
        }
        if (periods.matches(".*(\\bhang nam\\b|\\bca nam\\b|\\bcuoi nam\\b|(^|[,;]|\\bva)\\s*nam\\b).*")) {
            out.add(ReportingFrequency.ANNUAL);
        }
        if (periods.contains("so ket")) {
            out.add(ReportingFrequency.INTERIM_REVIEW);
        }
        if (periods.contains("tong ket")) {
            out.add(ReportingFrequency.FINAL_REVIEW);
        }
        return out;
    }
}
