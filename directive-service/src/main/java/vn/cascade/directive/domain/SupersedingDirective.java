package vn.cascade.directive.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A later directive that amended or replaced this one. */
public record SupersedingDirective(UUID directiveId, String symbol, LocalDate issueDate) {

    static SupersedingDirective of(Directive later) {
        return new SupersedingDirective(later.id, later.symbol, later.issueDate);
    }
}
