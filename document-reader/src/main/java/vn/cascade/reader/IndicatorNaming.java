package vn.cascade.reader;

import vn.cascade.common.documents.Target;

/**
 * Names the indicator a target measures from the words of its sentence: the one place the readers hold an indicator
 * vocabulary. Today {@link #PARTY_BUILDING}'s few words; the indicator catalogue is to supply the vocabulary later,
 * through an implementation of this interface, without the readers changing.
 */
public interface IndicatorNaming {

    /** The indicator's code and, for a rate, the counts it divides. */
    record Named(String code, String numerator, String denominator) {
    }

    /** What one sentence's words say of its indicator, read once per sentence so that many figures stay linear. */
    interface SentenceIndicator {
        /** The indicator of a figure of this unit in the sentence. */
        Named name(Target.Unit unit);
    }

    /** @param foldedSentence the sentence, folded ({@link Folded}) */
    SentenceIndicator read(String foldedSentence);

    /** Party building's indicators as the seed documents name them; anything else is OTHER_RATE or OTHER_COUNT. */
    IndicatorNaming PARTY_BUILDING = folded -> {
        boolean admitted = folded.contains("ket nap");
        boolean cellCommittee = folded.contains("chi uy") && folded.contains("chi bo");
        boolean ratedGood = folded.contains("hoan thanh tot nhiem vu");
        return unit -> {
            boolean percent = unit == Target.Unit.PERCENT;
            if (admitted && percent) {
                return new Named("NEW_MEMBER_RATE", "NEW_MEMBERS_ADMITTED", "TOTAL_MEMBERS");
            } else if (admitted) {
                return new Named("NEW_MEMBERS_ADMITTED", null, null);
            } else if (cellCommittee && percent) {
                return new Named("VILLAGE_CELL_COMMITTEE_RATE", "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS");
            } else if (ratedGood && percent) {
                return new Named("GOOD_RATING_RATE", "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED");
            }
            return new Named(percent ? "OTHER_RATE" : "OTHER_COUNT", null, null);
        };
    };
}
