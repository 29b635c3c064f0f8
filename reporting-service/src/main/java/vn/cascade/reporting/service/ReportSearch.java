package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.text.SearchWords;
import vn.cascade.reporting.domain.Report;
import vn.cascade.reporting.domain.ReportStatus;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.repository.ReportSearchRepository;

/**
 * Full-text search over the reports the caller may read (its own in any state; submitted ones addressed or routed
 * to it, or written in the subtree it oversees), by the words of their narrative and last review comment,
 * diacritics and case ignored, best match first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportSearch {

    /**
     * What the caller looks for; null means "any".
     *
     * @param organization code of an organisation of the caller's subtree: reports it or any organisation below it wrote
     */
    public record Query(String words, String organization, ReportingPeriodKind periodKind, Integer year,
            ReportStatus status) {
    }

    /** A report found, with the obligation it answers (its plan and period). */
    public record Hit(Report report, ReportingObligation obligation) {
    }

    private final ReportSearchRepository repository;
    private final ReportingAccess access;

    ReportSearch(ReportSearchRepository repository, ReportingAccess access) {
        this.repository = repository;
        this.access = access;
    }

    public Page<Hit> search(Query query, Paging paging) {
        String words = SearchWords.query("q", query.words());
        String subtree = query.organization() == null || query.organization().isBlank() ? null
                : access.readableOrganization(query.organization(), "The reports of").path;
        List<String> own = access.visibleOnlyTo();
        return repository.search(new ReportSearchRepository.Criteria(words, own,
                own == null ? null : access.overseenPaths(), subtree,
                query.periodKind() == null ? null : query.periodKind().name(), query.year(),
                query.status() == null ? null : query.status().name()), paging)
                .map(found -> new Hit(found.report(), found.obligation()));
    }
}
