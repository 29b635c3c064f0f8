package vn.cascade.plan.domain;

import java.time.LocalDate;

/**
 * What a plan's answer is made of, read from version columns alone: equal stamps, equal answers (issue 18, a read
 * model of {@code GET /api/v1/plans/{id}}). {@code versions} joins the plan's version and last change, its issuer's
 * copy version (the issuer's name), its parent plan's version (the targets above), the implemented directive's
 * copy version (the targets above when there is no parent plan) and a digest of its tasks' ids and versions (a task
 * added, removed or changed, progress included); {@code day} is the day the view is read on (a task's overdue and
 * on-time flags). Versions only grow, so a stamp once superseded never comes back.
 */
public record PlanReadStamp(boolean draft, String issuerPath, String versions, LocalDate day) {

    public PlanReadStamp on(LocalDate readOn) {
        return new PlanReadStamp(draft, issuerPath, versions, readOn);
    }
}
