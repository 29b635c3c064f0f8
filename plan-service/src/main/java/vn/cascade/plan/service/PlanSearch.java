package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.text.SearchWords;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.repository.PlanSearchRepository;

/**
 * Full-text search over the plans the caller may read (issued plans everywhere, drafts of its own subtree), by
 * symbol, title, purposes, requirements and task texts, diacritics and case ignored, best match first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanSearch {

    /**
     * What the caller looks for; null means "any".
     *
     * @param words  the words, in websearch form: {@code "chi bộ" -"đảng ủy"}, {@code kết nạp or phát triển}
     * @param issuer code of an organisation: plans it or any organisation below it issued
     * @param type   KH or CTr (case ignored)
     */
    public record Query(String words, String issuer, String type, Integer year, PlanStatus status) {
    }

    private final PlanSearchRepository repository;
    private final PlanAccess access;
    private final OrganizationRepository organizations;
    private final PlanViews views;

    PlanSearch(PlanSearchRepository repository, PlanAccess access, OrganizationRepository organizations,
            PlanViews views) {
        this.repository = repository;
        this.access = access;
        this.organizations = organizations;
        this.views = views;
    }

    public Page<PlanView> search(Query query, Paging paging) {
        String words = SearchWords.query("q", query.words());
        String issuerPath = null;
        if (query.issuer() != null && !query.issuer().isBlank()) {
            String code = query.issuer().strip();
            issuerPath = organizations.findByCode(code).map(organization -> organization.path)
                    .orElseThrow(() -> DomainException.notFound("No organisation " + code)
                            .localized("organization.not-found", code));
        }
        return repository.search(new PlanSearchRepository.Criteria(words, access.readablePathPrefix(), issuerPath,
                        planType(query.type()), query.year(), query.status() == null ? null : query.status().name()),
                paging).map(views::of);
    }

    private static String planType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String wanted = type.strip();
        return Arrays.stream(new DocumentType[] {DocumentType.KH, DocumentType.CTR})
                .filter(candidate -> candidate.name().equalsIgnoreCase(wanted)
                        || VietnameseText.fold(candidate.code()).equals(VietnameseText.fold(wanted)))
                .findFirst().map(DocumentType::name)
                .orElseThrow(() -> DomainException.invalid("type", "a plan is of type KH or CTr, not " + wanted,
                        "search.plan-type", wanted));
    }
}
