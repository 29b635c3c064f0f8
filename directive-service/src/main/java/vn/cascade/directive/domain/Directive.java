package vn.cascade.directive.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.text.VietnameseText;

/** A resolution, conclusion, instruction, regulation or guidance issued by an organisation. */
@Entity
@Table(name = "directive")
public class Directive {

    @Id
    public UUID id;

    public String symbol;

    @Column(name = "symbol_key")
    public String symbolKey;

    public int number;

    @Enumerated(EnumType.STRING)
    public DocumentType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuing_organization_id")
    public Organization issuingOrganization;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    /** khóa: the term of the issuing committee, e.g. XIII */
    public String term;

    /** trích yếu */
    public String title;

    public String summary;

    public String body;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Target> targets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "directive_reference", joinColumns = @JoinColumn(name = "directive_id"))
    @OrderColumn(name = "position")
    public List<DirectiveReference> references = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public DirectiveStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "search_text")
    public String searchText;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public void identify(DocumentSymbol documentSymbol) {
        symbol = documentSymbol.toString();
        symbolKey = documentSymbol.searchKey();
        number = documentSymbol.number();
        type = documentSymbol.type();
    }

    public void publish(OffsetDateTime now) {
        requireStatus("publish", Set.of(DirectiveStatus.DRAFT));
        status = DirectiveStatus.PUBLISHED;
        publishedAt = now;
    }

    /** Amending keeps the directive in force with its content replaced by the caller. */
    public void markAmended(String reason) {
        requireStatus("amend", Set.of(DirectiveStatus.PUBLISHED, DirectiveStatus.AMENDED));
        status = DirectiveStatus.AMENDED;
        statusReason = reason;
    }

    public void revoke(String reason) {
        requireStatus("revoke", Set.of(DirectiveStatus.PUBLISHED, DirectiveStatus.AMENDED));
        status = DirectiveStatus.REVOKED;
        statusReason = reason;
    }

    public void requireStatus(String action, Set<DirectiveStatus> allowed) {
        ProblemException.requireStatus(action, "a directive", status, allowed);
    }

    /** Recomputes the folded words searched by text queries. */
    public void indexText() {
        searchText = searchWords(Stream.of(symbol, symbol.replace('-', ' ').replace('/', ' '), type.vietnameseName(),
                title, summary, body));
    }

    static String searchWords(Stream<String> parts) {
        return parts.filter(part -> part != null && !part.isBlank())
                .map(VietnameseText::fold)
                .map(folded -> folded.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip())
                .collect(Collectors.joining(" "));
    }

    public DirectiveSnapshot snapshot() {
        return new DirectiveSnapshot(id, symbol, type.name(), issuingOrganization.id, issuingOrganization.code,
                issueDate, term, title, summary, status.name(), List.copyOf(targets),
                references.stream().map(reference -> new DirectiveSnapshot.Reference(reference.kind,
                        reference.targetSymbol, reference.targetIssueDate, reference.targetDirectiveId)).toList(),
                version);
    }
}
