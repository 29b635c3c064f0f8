package vn.cascade.reporting.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What becomes of an obligation of an organisation that ceased (sáp nhập, giải thể), decided per period
 * (docs/reorganisation-2025.md, "Work in flight"):
 * <ul>
 *   <li>answered already (submitted, accepted, returned) or cancelled: kept, as the record of what was reported;</li>
 *   <li>a period that ended before the organisation ceased: kept — it existed for the whole period, so the report
 *       is its own and counts under the old tree in {@code hierarchy=PERIOD} roll-ups;</li>
 *   <li>a period it did not live to the end of, still open, with exactly one successor that exists today:
 *       moved to the successor, which reports for the whole period — unless the successor is the one the report
 *       goes to or issued the plan (a district dissolved into its province would report to itself), or already
 *       owes the same report: then cancelled;</li>
 *   <li>the same, with no successor or several (a split: no honest rule shares one report out): cancelled.</li>
 * </ul>
 */
public final class WorkInFlight {

    public enum Decision { KEEP, MOVE, CANCEL }

    /**
     * The obligation as the rule sees it.
     *
     * @param recipient  the organisation that receives the report today: the recipient, or the one that carries it on
     * @param planIssuer the organisation that carries on the plan's issuer today (itself while it exists)
     */
    public record Obligation(ObligationStatus status, LocalDate periodEnd, UUID recipient, UUID planIssuer) {
    }

    private WorkInFlight() {
    }

    /**
     * @param ceasedOn           the day the organisation ceased (its validTo, exclusive)
     * @param successor          the one organisation existing today that carries it on; null for none or several
     * @param successorOwesAlready whether the successor already owes the same report for the same period
     */
    public static Decision decide(Obligation obligation, LocalDate ceasedOn, UUID successor, boolean successorOwesAlready) {
        if (!obligation.status().isOpen() || obligation.periodEnd().isBefore(ceasedOn)) {
            return Decision.KEEP;
        }
        if (successor == null || successor.equals(obligation.recipient()) || successor.equals(obligation.planIssuer())
                || successorOwesAlready) {
            return Decision.CANCEL;
        }
        return Decision.MOVE;
    }

    /**
     * Whether a report addressed to a recipient that ceased goes to the recipient's successor: while it still
     * waits for the report or for its review, and only when one successor carries the recipient on.
     */
    public static boolean readdress(ObligationStatus status, UUID successor) {
        return successor != null && (status.isOpen() || status == ObligationStatus.SUBMITTED
                || status == ObligationStatus.RETURNED);
    }
}
