package vn.cascade.reader;

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
 * …"), the period ("hằng năm trong giai đoạn 2020 - 2030", "mỗi năm", "mỗi quý", "đến năm 2030") and a baseline written beside
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
    private static final Pattern ANY_COUNT = Pattern.compile("(?<v>\\d{1,5})\\s+(?<noun>(?!nam\\b|thang\\b|ngay\\b|%)\\p{L}+)");
    private static final Pattern SPAN = Pattern.compile("(?:giai doan|tu nam|nhiem ky)?\\s*(?<from>(?:19|20)\\d{2})\\s*(?:-|–|den(?: nam)?)\\s*(?<to>(?:19|20)\\d{2})");
    private static final Pattern BY_YEAR = Pattern.compile("(?:den|truoc|trong|cuoi|vao) (?:het )?(?:nam )?(?<y>(?:19|20)\\d{2})");
    private static final Pattern ANY_YEAR = Pattern.compile("\\bnam (?<y>(?:19|20)\\d{2})");
    private static final Pattern QUARTERLY = Pattern.compile("\\b(hang quy|moi quy|tung quy)\\b");
    private static final Pattern ANNUAL = Pattern.compile("\\b(hang nam|moi nam|tung nam|binh quan nam|binh quan moi nam|hang nam)\\b");
    private static final Pattern BASELINE = Pattern.compile("(hien nay|hien tai|hien co|hien dat|nam (?:19|20)\\d{2} (?:dat|co))[^%.;]{0,15}$");
    private static final Pattern CUE = Pattern.compile("phan dau|ket nap|\\bdat\\b|chi tieu|muc tieu|\\bco\\b|danh gia|tro len|toi thieu|it nhat|ty le|ti le|khong qua|toi da");

    /** As many targets as a plan may hold; a document that states more is not a plan's list of targets. */
    public static final int MAX_TARGETS = 200;

    private TargetReader() {
    }

    /**
     * @param units      the texts to read (paragraphs, table cells), each with its line
     * @param issueYear  the plan's year, for a yearly target that gives no span
     */
    public static Result read(List<SourceLine> units, Integer issueYear) {
        return read(units, issueYear, line -> false);
    }

    /**
     * As {@link #read(List, Integer)}; a line for which {@code inTargetsSection} holds is under a heading such as "MỤC
     * TIÊU, CHỈ TIÊU", where a figure needs no word such as "phấn đấu" to be a target. A heading that gives a horizon
     * ("1. Đến năm 2025:", "- Hằng năm:") lends it to the figures listed under it that name none of their own.
     */
    public static Result read(List<SourceLine> units, Integer issueYear, java.util.function.IntPredicate inTargetsSection) {
        return read(units, issueYear, inTargetsSection, IndicatorNaming.PARTY_BUILDING);
    }

    /**
     * The targets of a document's body: every line but the {@code skipped} ones (an opening that names documents),
     * table rows read cell by cell, a figure in a targets section of the outline needing no cue word.
     */
    public static Result readBody(List<SourceLine> lines, java.util.Set<Integer> skipped, Integer issueYear, Outline outline,
            IndicatorNaming naming) {
        List<SourceLine> sources = new ArrayList<>();
        for (SourceLine line : lines) {
            if (!skipped.contains(line.number())) {
                sources.add(line.isTableRow() ? line.withText(String.join(" ; ", line.text().split("\t"))) : line);
            }
        }
        java.util.Set<Integer> targetSectionLines = outline.lines(Outline.Role.TARGETS);
        return read(sources, issueYear, targetSectionLines::contains, naming);
    }

    /** As {@link #read(List, Integer, java.util.function.IntPredicate)}, naming indicators with {@code naming}. */
    public static Result read(List<SourceLine> units, Integer issueYear, java.util.function.IntPredicate inTargetsSection,
            IndicatorNaming naming) {
        List<Target> targets = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        java.util.Set<Integer> used = new java.util.HashSet<>();
        Horizon horizon = null;
        for (SourceLine unit : units) {
            String text = unit.text().strip();
            int rank = markerRank(text);
            if (horizon != null && rank >= 0 && rank <= horizon.rank()) {
                horizon = null;
            }
            Horizon heading = horizonHeading(text, rank, issueYear);
            int before = targets.size();
            String body = heading != null ? text.substring(heading.headingLength()) : text;
            for (String sentence : sentences(body)) {
                readSentence(naming, unit, sentence, issueYear, heading != null ? heading : horizon,
                        inTargetsSection.test(unit.number()), targets, unplaced);
            }
            if (heading != null) {
                horizon = heading;
            }
            if (targets.size() > before) {
                used.add(unit.number());
            }
        }
        return new Result(targets, unplaced, used);
    }

    /** A period lent by a heading, and the rank of the heading's list marker (what ends its scope). */
    private record Horizon(TargetPeriod period, Integer fromYear, int rank, int headingLength) {
    }

    // "1. Đến năm 2025:", "a) Giai đoạn 2025 - 2030:", "- Hằng năm:", "Đến hết năm 2030, …" (folded, marker removed).
    private static final Pattern HORIZON = Pattern.compile("^(?:(?:phan dau )?(?:den|den het|den cuoi|truoc|trong|giai doan"
            + "|nhiem ky|tu nay den)(?: nam)? (?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?|hang nam|moi nam"
            + "|binh quan hang nam)[^:.;\\d%]{0,40}(?::|$)");
    private static final Pattern MARKER = Pattern.compile("^(?:(?<roman>[IVXL]{1,5}\\s*[-.–)])|(?<number>\\d{1,2}(?:\\.\\d{1,2}){0,3})[.)]?\\s"
            + "|(?<letter>[a-zđ]\\))|(?<bullet>[-–•])|(?<plus>\\+))");

    /** 0 for a Roman section, 1–4 for "1." to "1.1.1.1.", 5 for "a)", 6 for "-", 7 for "+", -1 for no marker. */
    public static int markerRank(String text) {
        Matcher m = MARKER.matcher(text);
        if (!m.lookingAt()) {
            return -1;
        }
        if (m.group("roman") != null) {
            return 0;
        }
        if (m.group("number") != null) {
            return m.group("number").split("\\.").length;
        }
        return m.group("letter") != null ? 5 : m.group("bullet") != null ? 6 : 7;
    }

    private static Horizon horizonHeading(String text, int rank, Integer issueYear) {
        Matcher m = MARKER.matcher(text);
        int start = m.lookingAt() ? m.end() : 0;
        String folded = Folded.of(text.substring(start)).stripLeading();
        int lead = text.length() - start - folded.length();
        Matcher horizon = HORIZON.matcher(folded);
        if (!horizon.lookingAt()) {
            return null;
        }
        String words = folded.substring(0, horizon.end());
        TargetPeriod period = period(words, issueYear);
        Matcher span = SPAN.matcher(words);
        Integer from = span.find() ? Integer.valueOf(span.group("from")) : issueYear;
        return period == null ? null : new Horizon(period, from, rank < 0 ? 8 : rank, start + lead + horizon.end());
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("(?<=[.;!?])\\s+(?=[\\p{Lu}“\"(-])|;\\s+|\\n")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static void readSentence(IndicatorNaming naming, SourceLine unit, String sentence, Integer issueYear, Horizon horizon,
            boolean targetsSection, List<Target> targets, List<Unplaced> unplaced) {
        String folded = Folded.of(sentence);
        if (horizon == null && !targetsSection && !CUE.matcher(folded).find()) {
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
        // In a targets section or under a horizon, a compared count of anything is a target, kept with its words.
        Matcher count = (horizon != null || targetsSection ? ANY_COUNT : COUNT).matcher(folded);
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
        // What does not depend on the figure is read once per sentence, so a sentence of many figures stays linear.
        TargetPeriod sentencePeriod = found.isEmpty() ? null : period(folded, issueYear);
        if (sentencePeriod == null && horizon != null) {
            sentencePeriod = horizon.period();
        } else if (sentencePeriod != null && horizon != null && sentencePeriod.kind() != TargetPeriod.Kind.BY_YEAR
                && !SPAN.matcher(folded).find() && !BY_YEAR.matcher(folded).find()) {
            // "Hằng năm kết nạp …" under "Giai đoạn 2025 - 2030:" runs for the heading's years, not the plan's one.
            sentencePeriod = new TargetPeriod(sentencePeriod.kind(), horizon.fromYear(), horizon.period().toYear());
        }
        boolean placed = true;
        IndicatorNaming.SentenceIndicator indicator = found.isEmpty() ? null : naming.read(folded);
        for (Candidate candidate : found) {
            String before = folded.substring(Math.max(0, candidate.start - 40), candidate.start);
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
            TargetPeriod period = sentencePeriod;
            if (period == null) {
                if (placed) {
                    unplaced.add(new Unplaced(unit, sentence));
                    placed = false;
                }
                continue;
            }
            if (targets.size() >= MAX_TARGETS) {
                continue;
            }
            Target target = target(indicator, sentence, candidate, comparator(folded, candidate), period);
            Target merged = merge(targets, target);
            previous = merged;
        }
    }

    /** The same target said twice (a headline and the body) is one; the fuller statement wins. */
    private static Target merge(List<Target> targets, Target target) {
        for (int i = 0; i < targets.size(); i++) {
            Target other = targets.get(i);
            if (java.util.Objects.equals(other.indicatorCode(), target.indicatorCode()) && other.unit() == target.unit()
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
        // "mỗi quý" is measured on every quarter of the span, "hằng năm" on every year
        TargetPeriod.Kind every = QUARTERLY.matcher(folded).find() ? TargetPeriod.Kind.QUARTERLY
                : ANNUAL.matcher(folded).find() ? TargetPeriod.Kind.ANNUALLY : null;
        if (every != null) {
            if (hasSpan) {
                return new TargetPeriod(every, Integer.parseInt(span.group("from")), Integer.parseInt(span.group("to")));
            }
            Matcher by = BY_YEAR.matcher(folded);
            if (by.find() && issueYear != null) {
                return new TargetPeriod(every, issueYear, Integer.parseInt(by.group("y")));
            }
            return issueYear == null ? null : new TargetPeriod(every, issueYear, issueYear);
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

    private static Target target(IndicatorNaming.SentenceIndicator indicator, String sentence, Candidate candidate,
            Comparator comparator, TargetPeriod period) {
        IndicatorNaming.Named named = indicator.name(candidate.unit);
        String label = sentence.length() > 500 ? sentence.substring(0, 497) + "…" : sentence;
        return new Target(named.code(), label, comparator, candidate.value, candidate.upper, candidate.unit, period, null,
                null, named.numerator(), named.denominator());
    }

    private static BigDecimal value(String text) {
        return new BigDecimal(text.replace(",", "."));
    }

    private record Candidate(int start, int end, BigDecimal value, BigDecimal upper, Unit unit) {
    }
}
