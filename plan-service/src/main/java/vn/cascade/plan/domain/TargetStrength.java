package vn.cascade.plan.domain;

import java.math.BigDecimal;
import java.util.Optional;
import vn.cascade.common.documents.Target;


/**
 * Whether a lower level's target asks less than the one above it: a parent's "≥ 3% a year" against a
 * child's "≥ 2%" is weaker; "≥ 4%" or "4–5%" is not. Targets compare only for the same indicator and unit.
 */
public final class TargetStrength {

    private TargetStrength() {
    }

    /** A bound of the accepted values: {@code strict} when the bound itself is excluded. */
    private record Bound(BigDecimal value, boolean strict) {
    }

    /** Two targets of one catalogue indicator and unit; a target with words only compares with none. */
    public static boolean comparable(Target child, Target parent) {
        return child.indicatorCode() != null && child.indicatorCode().equals(parent.indicatorCode())
                && child.unit() == parent.unit();
    }

    /** True when the child accepts some value the parent rejects. */
    public static boolean isWeaker(Target child, Target parent) {
        Optional<Bound> parentLower = lower(parent);
        Optional<Bound> parentUpper = upper(parent);
        return parentLower.isPresent() && !within(lower(child), parentLower.get(), true)
                || parentUpper.isPresent() && !within(upper(child), parentUpper.get(), false);
    }

    /** Whether the child's bound is at least as tight as the parent's, on the given side. */
    private static boolean within(Optional<Bound> child, Bound parent, boolean lowerSide) {
        if (child.isEmpty()) {
            return false;
        }
        int order = child.get().value().compareTo(parent.value());
        if (order == 0) {
            return child.get().strict() || !parent.strict();
        }
        return lowerSide ? order > 0 : order < 0;
    }

    private static Optional<Bound> lower(Target target) {
        return switch (target.comparator()) {
            case AT_LEAST, EXACTLY, BETWEEN -> Optional.of(new Bound(target.value(), false));
            case MORE_THAN -> Optional.of(new Bound(target.value(), true));
            case AT_MOST, LESS_THAN -> Optional.empty();
        };
    }

    private static Optional<Bound> upper(Target target) {
        return switch (target.comparator()) {
            case AT_MOST, EXACTLY -> Optional.of(new Bound(target.value(), false));
            case LESS_THAN -> Optional.of(new Bound(target.value(), true));
            case BETWEEN -> Optional.of(new Bound(target.upperValue(), false));
            case AT_LEAST, MORE_THAN -> Optional.empty();
        };
    }

}
