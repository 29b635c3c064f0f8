package vn.cascade.directive.service;

import java.time.LocalDate;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.directive.domain.DirectiveStatus;

/**
 * The filters of the directive list; null means "any".
 *
 * @param words      words to find, ignoring case and diacritics
 * @param issuerCode an organisation: its directives and those of its subtree
 */
public record DirectiveSearch(String words, DocumentType type, DirectiveStatus status, String issuerCode,
        LocalDate from, LocalDate to) {
}
