package vn.cascade.plan.service;

import java.util.stream.Stream;
import vn.cascade.common.documents.IssuedDocument;
import vn.cascade.plan.domain.Plan;

/**
 * The words a plan is found by: symbol, title, purposes, requirements and every task's text, folded (no diacritics,
 * {@code đ} as {@code d}, lower case) so that "đảng viên", "dang vien" and "ĐẢNG VIÊN" meet. The folding is done here
 * in Java rather than by PostgreSQL's {@code unaccent}, so that the search does not depend on an extension.
 */
final class PlanSearchText {

    private PlanSearchText() {
    }

    static String of(Plan plan) {
        return IssuedDocument.searchWords(Stream.concat(Stream.of(plan.symbol, plan.title, plan.purposes,
                plan.requirements), plan.tasks.stream().map(task -> task.text)));
    }
}
