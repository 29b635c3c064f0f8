package vn.cascade.reader;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duty a plan lays on the levels below to answer it with plans of their own: "Các cấp ủy trực thuộc căn cứ Kế
 * hoạch này xây dựng kế hoạch thực hiện, gửi về Ban Thường vụ Huyện ủy trước ngày 31/3/2023", "các huyện ủy, thành ủy,
 * đảng ủy trực thuộc Tỉnh ủy … ban hành chương trình hành động, hoàn thành trong tháng 12/2022". A group of all the
 * subordinates ("các cấp ủy trực thuộc", "các chi bộ") is every direct subordinate; named bodies are matched to
 * registered organisations.
 */
public final class SubordinatePlanReader {

    /** Who must answer (names as written; none for every direct subordinate), by when, and where it was read. */
    public record Duty(List<String> addresseeNames, boolean allSubordinates, LocalDate deadline, SourceLine line) {
    }

    // "các chi, đảng bộ" is how documents shorten "các chi bộ, đảng bộ".
    private static final String GROUP = "(?:cac|moi|tat ca cac) (?:cap uy|huyen uy|thanh uy|thi uy|quan uy|dang uy|chi bo|chi, dang bo"
            + "|to chuc co so dang|tccsd|dang bo|ban can su dang|dang doan|don vi|co quan)";
    // "<who> … xây dựng / ban hành / cụ thể hóa … kế hoạch / chương trình …" (folded).
    private static final Pattern DUTY = Pattern.compile("(?<who>" + GROUP + "[^.;:]{0,160}?)\\s(?:(?:can cu|tren co so)[^.;]{0,60}?\\s)?"
            + "(?:khan truong |chu dong |se tien hanh |tien hanh )?(?:xay dung|ban hanh|cu the hoa)\\b[^.;]{0,60}?\\b(?:ke hoach|chuong trinh)\\b");
    private static final Pattern BEFORE_DATE = Pattern.compile("\\b(?:truoc|cham nhat(?: la)?|han chot)(?: ngay)?\\s+"
            + "(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>\\d{4})");
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:trong|truoc het|cham nhat trong|xong trong) thang\\s+"
            + "(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>\\d{4})");
    // A group that is every direct subordinate: "các cấp ủy (, tổ chức đảng)", "các chi bộ, đảng bộ cơ sở", "các huyện ủy, …".
    private static final Pattern ALL = Pattern.compile("^(?:cac|tat ca cac|moi) (?:cap uy|dang uy|chi bo|chi, dang bo|to chuc co so dang|tccsd"
            + "|dang bo|huyen uy|thanh uy|thi uy|quan uy|tinh uy)\\b");

    private SubordinatePlanReader() {
    }

    /** The first duty stated in the lines, if any. */
    public static Optional<Duty> read(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            for (String sentence : TargetReader.sentences(line.text().replace('\t', ' '))) {
                String folded = Folded.of(sentence);
                Matcher duty = DUTY.matcher(folded);
                if (!duty.find()) {
                    continue;
                }
                String rest = folded.substring(duty.end());
                LocalDate deadline = null;
                Matcher before = BEFORE_DATE.matcher(rest);
                Matcher month = IN_MONTH.matcher(rest);
                if (before.find()) {
                    deadline = HeaderReader.date(before.group("y"), before.group("m"), before.group("d")).orElse(null);
                } else if (month.find()) {
                    deadline = yearMonth(month.group("y"), month.group("m")).map(YearMonth::atEndOfMonth).orElse(null);
                }
                String who = sentence.substring(duty.start("who"), duty.end("who")).strip();
                String whoFolded = folded.substring(duty.start("who"), duty.end("who")).strip();
                boolean all = ALL.matcher(whoFolded).find();
                List<String> names = all ? List.of() : names(who);
                return Optional.of(new Duty(names, all, deadline, line));
            }
        }
        return Optional.empty();
    }

    /** "các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy" names kinds of body, read as each direct subordinate. */
    private static List<String> names(String who) {
        List<String> names = new ArrayList<>();
        for (String part : who.replaceFirst("^(?i)(các|mọi|tất cả các)\\s+", "").split(",|;|\\svà\\s")) {
            if (!part.isBlank()) {
                names.add(HeaderReader.capitalise(part.strip()));
            }
        }
        return names;
    }

    private static Optional<YearMonth> yearMonth(String year, String month) {
        try {
            return Optional.of(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
