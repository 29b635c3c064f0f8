package vn.cascade.directive.service;

import java.time.LocalDate;
import java.util.List;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;

/**
 * The content of a directive as its issuer writes it: drafted, updated or amended.
 *
 * @param version the version read before changing; null to draft
 */
public record DirectiveContent(Long version, String symbol, String issuingOrganizationCode, LocalDate issueDate,
        String term, String title, String summary, String body, List<Target> targets, List<Reference> references) {

    public DirectiveContent {
        targets = targets == null ? List.of() : targets;
        references = references == null ? List.of() : references;
    }

    /** A document the directive names, by symbol and, when known, issue date. */
    public record Reference(ReferenceKind kind, String symbol, LocalDate issueDate) {
    }
}
