package vn.cascade.plan.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.documents.Target;
import vn.cascade.common.documents.Target.Comparator;
import vn.cascade.common.documents.Target.TargetPeriod;
import vn.cascade.common.documents.Target.Unit;

/**
 * Numeric targets (chỉ tiêu) in running text, sentence by sentence: a percentage or a count of members or
 * organisations, the words that compare ("từ … trở lên", "ít nhất", "trên", "hơn", "không quá", "dưới", "từ … đến
 * …"), the period ("hằng năm trong giai đoạn 2020 - 2030", "mỗi năm", "đến năm 2030") and a baseline written beside
 * it ("hiện nay có 98,3%"). Decimal commas are read as in Vietnamese.
 */
public final class TargetReader {

    /** A sentence that had a figure but no period: the clerk has to place it. */
    public record Unplaced(SourceLine line, String sentence) {
    }

    public record Result(List<Target> targets, List<Unplaced> unplaced, java.util.Set<Integer> usedLines) {
    }

    private static final String NUMBER = "\\d{1,5}(?:[,.]\\d{1,3})?";
    private static final Pattern PERCENT = Pattern.compile(
            "(?<v>" + NUMBER + ")\\s*%?\\s*(?:-|–|den)\\s*(?<v2>" + NUMBER + ")\\s*%|(?<single>" + NUMBER + ")\\s*%");
    private static final Pattern COUNT = Pattern.compile("(?<v>\\d{1,5})\\s+(?<noun>dang vien|chi bo|to chuc co so dang"
            + "|tccsd|to chuc dang|dang bo|co so dang|doan vien|hoi vien|quan chung)");
    private static final Pattern SPAN = Pattern.compile("(?:giai doan|tu nam|nhiem ky)?\\s*(?<from>(?:19|20)\\d{2})\\s*(?:-|–|den(?: nam)?)\\s*(?<to>(?:19|20)\\d{2})");
    private static final Pattern BY_YEAR = Pattern.compile("(?:den|truoc|trong|cuoi|vao) (?:het )?(?:nam )?(?<y>(?:19|20)\\d{2})");
    private static final Pattern ANY_YEAR = Pattern.compile("\\bnam (?<y>(?:19|20)\\d{2})");
    private static final Pattern ANNUAL = Pattern.compile("\\b(hang nam|moi nam|tung nam|binh quan nam|binh quan moi nam|hang nam)\\b");
    private static final Pattern BASELINE = Pattern.compile("(hien nay|hien tai|hien co|hien dat|nam (?:19|20)\\d{2} (?:dat|co))[^%.;]{0,15}$");
    private static final Pattern CUE = Pattern.compile("phan dau|ket nap|\\bdat\\b|chi tieu|muc tieu|\\bco\\b|danh gia|tro len|toi thieu|it nhat|ty le|ti le|khong qua|toi da");

    private TargetReader() {
    }

    /**
     * @param units      the texts to read (paragraphs, table cells), each with its line
     * @param issueYear  the plan's year, for a yearly target that gives no span
     */
    public static Result read(List<SourceLine> units, Integer issueYear) {
        List<Target> targets = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (SourceLine unit : units) {
            int before = targets.size();
            for (String sentence : sentences(unit.text())) {
                readSentence(unit, sentence, issueYear, targets, unplaced);
            }
            if (targets.size() > before) {
                used.add(unit.number());
            }
        }
        return new Result(targets, unplaced, used);
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("(?<=[.;!?])\\s+(?=[\\p{Lu}“\"(-])|;\\s+|\\n")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static void readSentence(SourceLine unit, String sentence, Integer issueYear, List<Target> targets,
            List<Unplaced> unplaced) {
        String folded = Folded.of(sentence);
        if (!CUE.matcher(folded).find()) {
            return;
        }
        List<Candidate> found = new ArrayList<>();
        Matcher percent = PERCENT.matcher(folded);
        while (percent.find()) {
            if (percent.group("single") != null) {
                found.add(new Candidate(percent.start(), percent.end(), value(percent.group("single")), null, Unit.PERCENT));
            } else {
                found.add(new Candidate(percent.start(), percent.end(), value(percent.group("v")), value(percent.group("v2")), Unit.PERCENT));
            }
        }
        Matcher count = COUNT.matcher(folded);
        while (count.find()) {
            String before = folded.substring(Math.max(0, count.start() - 25), count.start());
            String after = folded.substring(count.end(), Math.min(folded.length(), count.end() + 20));
            boolean compared = before.matches(".*\\b(tu|tren|hon|it nhat|toi thieu|khong duoi)\\s*$") || after.matches("^(\\s+moi)?\\s+tro len.*");
            boolean partOfDate = count.start() > 0 && "/.-".indexOf(folded.charAt(count.start() - 1)) >= 0;
            if (compared && !partOfDate) {
                found.add(new Candidate(count.start(), count.end(), new BigDecimal(count.group("v")), null, Unit.COUNT));
            }
        }
        Target previous = null;
        for (Candidate candidate : found) {
            String before = folded.substring(0, candidate.start);
            if (BASELINE.matcher(before).find() && previous != null) {
                Target withBaseline = new Target(previous.indicatorCode(), previous.label(), previous.comparator(),
                        previous.value(), previous.upperValue(), previous.unit(), previous.period(), candidate.value, null,
                        previous.numeratorIndicator(), previous.denominatorIndicator());
                targets.set(targets.indexOf(previous), withBaseline);
                previous = withBaseline;
                continue;
            }
            if (candidate.unit == Unit.PERCENT && candidate.value.compareTo(BigDecimal.valueOf(100)) > 0) {
                continue;
            }
            TargetPeriod period = period(folded, issueYear);
            if (period == null) {
                unplaced.add(new Unplaced(unit, sentence));
                continue;
            }
            Target target = target(folded, sentence, candidate, comparator(folded, candidate), period);
            Target merged = merge(targets, target);
            previous = merged;
        }
    }

    /** The same target said twice (a headline and the body) is one; the fuller statement wins. */
    private static Target merge(List<Target> targets, Target target) {
        for (int i = 0; i < targets.size(); i++) {
            Target other = targets.get(i);
            if (other.indicatorCode().equals(target.indicatorCode()) && other.unit() == target.unit()
                    && other.value().compareTo(target.value()) == 0 && other.period().equals(target.period())) {
                return other;
            }
        }
        targets.add(target);
        return target;
    }

    private static Comparator comparator(String folded, Candidate candidate) {
        if (candidate.upper != null) {
            return Comparator.BETWEEN;
        }
        String before = folded.substring(Math.max(0, candidate.start - 25), candidate.start);
        String after = folded.substring(candidate.end, Math.min(folded.length(), candidate.end + 25));
        if (after.matches("^(\\s+\\p{L}+){0,2}\\s+tro len.*") || after.matches("^\\s*tro len.*")
                || before.matches(".*\\b(it nhat|toi thieu|khong duoi|khong thap hon)\\s*$")) {
            return Comparator.AT_LEAST;
        }
        if (before.matches(".*\\b(tren|hon|vuot)\\s*$")) {
            return Comparator.MORE_THAN;
        }
        if (before.matches(".*\\b(khong qua|khong vuot qua|toi da|duoi muc)\\s*$")) {
            return Comparator.AT_MOST;
        }
        if (before.matches(".*\\b(duoi|thap hon)\\s*$")) {
            return Comparator.LESS_THAN;
        }
        if (before.matches(".*\\b(dung|bang)\\s*$")) {
            return Comparator.EXACTLY;
        }
        // "phấn đấu đến năm 2030 có 100% …", "đạt 95%": a level to reach.
        return Comparator.AT_LEAST;
    }

    private static TargetPeriod period(String folded, Integer issueYear) {
        Matcher span = SPAN.matcher(folded);
        boolean hasSpan = span.find();
        if (ANNUAL.matcher(folded).find()) {
            if (hasSpan) {
                return new TargetPeriod(TargetPeriod.Kind.ANNUALLY, Integer.parseInt(span.group("from")), Integer.parseInt(span.group("to")));
            }
            Matcher by = BY_YEAR.matcher(folded);
            if (by.find() && issueYear != null) {
                return new TargetPeriod(TargetPeriod.Kind.ANNUALLY, issueYear, Integer.parseInt(by.group("y")));
            }
            return issueYear == null ? null : new TargetPeriod(TargetPeriod.Kind.ANNUALLY, issueYear, issueYear);
        }
        Matcher by = BY_YEAR.matcher(folded);
        if (by.find()) {
            return new TargetPeriod(TargetPeriod.Kind.BY_YEAR, null, Integer.parseInt(by.group("y")));
        }
        if (hasSpan) {
            return new TargetPeriod(TargetPeriod.Kind.BY_YEAR, null, Integer.parseInt(span.group("to")));
        }
        Matcher any = ANY_YEAR.matcher(folded);
        if (any.find()) {
            return new TargetPeriod(TargetPeriod.Kind.BY_YEAR, null, Integer.parseInt(any.group("y")));
        }
        return null;
    }

    private static Target target(String folded, String sentence, Candidate candidate, Comparator comparator, TargetPeriod period) {
        String code;
        String numerator = null;
        String denominator = null;
        if (folded.contains("ket nap") && candidate.unit == Unit.PERCENT) {
            code = "NEW_MEMBER_RATE";
            numerator = "NEW_MEMBERS_ADMITTED";
            denominator = "TOTAL_MEMBERS";
        } else if (folded.contains("ket nap")) {
            code = "NEW_MEMBERS_ADMITTED";
        } else if (folded.contains("chi uy") && folded.contains("chi bo") && candidate.unit == Unit.PERCENT) {
            code = "VILLAGE_CELL_COMMITTEE_RATE";
            numerator = "VILLAGE_CELLS_WITH_COMMITTEE";
            denominator = "VILLAGE_CELLS";
        } else if (folded.contains("hoan thanh tot nhiem vu") && candidate.unit == Unit.PERCENT) {
            code = "GOOD_RATING_RATE";
            numerator = "ORGS_RATED_GOOD_OR_BETTER";
            denominator = "ORGS_RATED";
        } else {
            code = candidate.unit == Unit.PERCENT ? "OTHER_RATE" : "OTHER_COUNT";
        }
        String label = sentence.length() > 500 ? sentence.substring(0, 497) + "…" : sentence;
        return new Target(code, label, comparator, candidate.value, candidate.upper, candidate.unit, period, null, null,
                numerator, denominator);
    }

    private static BigDecimal value(String text) {
        return new BigDecimal(text.replace(",", "."));
    }

    private record Candidate(int start, int end, BigDecimal value, BigDecimal upper, Unit unit) {
    }
}
