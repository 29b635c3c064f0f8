package vn.cascade.directive.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.events.OrganizationLevel;

/**
 * Who has answered a directive with a plan and how soon; with an organisation, which of its direct subordinates
 * have not yet.
 */
public record Implementation(UUID directiveId, String directiveSymbol, LocalDate directiveIssueDate,
        List<Answer> answered, String organizationCode, List<Pending> notYet) {

    public record Answer(String organizationCode, String organizationName, OrganizationLevel level, UUID planId,
            String planSymbol, LocalDate issueDate, long daysAfterDirective) {
    }

    public record Pending(String organizationCode, String organizationName, OrganizationLevel level) {
    }
}
