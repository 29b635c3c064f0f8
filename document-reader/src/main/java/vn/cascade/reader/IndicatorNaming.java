package vn.cascade.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.cascade.common.documents.Target;
import vn.cascade.common.text.VietnameseText;

/**
 * Names the indicator a target measures from the words of its sentence: the one place the readers hold an indicator
 * vocabulary. The vocabulary is data — each catalogue indicator's keywords ({@link #of}) — so a service builds it
 * from its copy of the catalogue and an admin teaches the importer a new indicator without a deployment.
 */
public interface IndicatorNaming {

    /** The indicator's code (null: no indicator names the figure) and, for a rate, the counts it divides. */
    record Named(String code, String numerator, String denominator) {

        /** No indicator: the target keeps its words only, for a clerk to pick its indicator. */
        public static final Named NONE = new Named(null, null, null);
    }

    /** What one sentence's words say of its indicator, read once per sentence so that many figures stay linear. */
    interface SentenceIndicator {
        /** The indicator of a figure of this unit in the sentence. */
        Named name(Target.Unit unit);
    }

    /** @param foldedSentence the sentence, folded ({@link Folded}) */
    SentenceIndicator read(String foldedSentence);

    /** Names nothing: every target keeps its words only. */
    IndicatorNaming NONE = folded -> unit -> Named.NONE;

    /**
     * The keywords the catalogue's seed gives its indicators (reporting-service V18, plan-service V12,
     * directive-service V8), as entries, for the reader tests without a database. The services name from their
     * copies of the catalogue ({@link CatalogueNaming}); their tests check that the copies' seed equals these.
     */
    List<Entry> SEED_ENTRIES = List.of(
            new Entry("NEW_MEMBERS_ADMITTED", false, null, null, List.of("kết nạp")),
            new Entry("NEW_MEMBER_RATE", true, "NEW_MEMBERS_ADMITTED", "TOTAL_MEMBERS", List.of("kết nạp")),
            new Entry("ORGS_GOOD_RATE", true, "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED",
                    List.of("hoàn thành tốt nhiệm vụ")),
            new Entry("VILLAGE_CELL_COMMITTEE_RATE", true, "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS",
                    List.of("chi ủy + chi bộ")));

    /** The seed's naming ({@link #SEED_ENTRIES}): party building's indicators as the seed documents name them. */
    IndicatorNaming PARTY_BUILDING = of(SEED_ENTRIES);

    /**
     * One catalogue indicator as the importer sees it.
     *
     * @param percent  whether a percentage names it (a rate, a share) rather than a count (a count, a yes/no)
     * @param keywords the words by which a sentence names it: a phrase, or phrases joined by '+' that must all occur
     *                 ("chi ủy + chi bộ"); matched diacritic- and case-insensitively, at word boundaries
     */
    record Entry(String code, boolean percent, String numerator, String denominator, List<String> keywords) {
    }

    /**
     * The naming of a catalogue: a figure's indicator is one of its unit whose keyword occurs in the sentence; of
     * several, the one with the longest keyword (in words: "hoàn thành tốt nhiệm vụ" says more than "chi bộ"), then
     * the one named first in the sentence, then the smaller code. No keyword: {@link Named#NONE}.
     */
    static IndicatorNaming of(Collection<Entry> entries) {
        record Keyword(Entry entry, List<Pattern> parts, int words) {
        }
        List<Keyword> keywords = new ArrayList<>();
        for (Entry entry : entries) {
            for (String keyword : entry.keywords() == null ? List.<String>of() : entry.keywords()) {
                List<Pattern> parts = new ArrayList<>();
                int words = 0;
                for (String part : keyword.split("\\+")) {
                    String folded = fold(part);
                    if (!folded.isEmpty()) {
                        parts.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(folded) + "(?![\\p{L}\\p{N}])"));
                        words += folded.split(" ").length;
                    }
                }
                if (!parts.isEmpty()) {
                    keywords.add(new Keyword(entry, List.copyOf(parts), words));
                }
            }
        }
        record Match(Entry entry, int words, int at) {
        }
        Comparator<Match> best = Comparator.comparingInt(Match::words).reversed().thenComparingInt(Match::at)
                .thenComparing(match -> match.entry().code());
        return folded -> {
            List<Match> matches = new ArrayList<>();
            for (Keyword keyword : keywords) {
                int first = Integer.MAX_VALUE;
                for (Pattern part : keyword.parts()) {
                    var found = part.matcher(folded);
                    if (!found.find()) {
                        first = -1;
                        break;
                    }
                    first = Math.min(first, found.start());
                }
                if (first >= 0) {
                    matches.add(new Match(keyword.entry(), keyword.words(), first));
                }
            }
            matches.sort(best);
            return unit -> {
                boolean percent = unit == Target.Unit.PERCENT;
                for (Match match : matches) {
                    if (match.entry().percent() == percent) {
                        Entry entry = match.entry();
                        return new Named(entry.code(), entry.numerator(), entry.denominator());
                    }
                }
                return Named.NONE;
            };
        };
    }

    /** A keyword as sentences are matched: folded, single spaces, no spaces at the ends. */
    static String fold(String keyword) {
        return Folded.of(VietnameseText.nfc(keyword)).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
