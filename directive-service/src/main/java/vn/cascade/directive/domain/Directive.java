package vn.cascade.directive.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.IssuedDocument;
import vn.cascade.common.documents.Target;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.DirectiveSnapshot;

/**
 * A resolution, conclusion, instruction, regulation or guidance issued by an organisation. What it shares with a
 * plan as an issued document (symbol, date, title, audit fields, version) comes from {@link IssuedDocument}.
 */
@Entity
@Table(name = "directive")
public class Directive extends IssuedDocument {

    public int number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuing_organization_id")
    public Organization issuingOrganization;

    /** khóa: the term of the issuing committee, e.g. XIII */
    public String term;

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

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The later directives that amended this one, oldest first; it stays in force. */
    @Column(name = "amended_by")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SupersedingDirective> amendedBy = new ArrayList<>();

    /** The later directive that replaced this one. */
    @Column(name = "replaced_by")
    @JdbcTypeCode(SqlTypes.JSON)
    public SupersedingDirective replacedBy;

    /**
     * The symbol given in a request's {@code symbol} field, which must name a directive: plans have a service of
     * their own.
     */
    public static DocumentSymbol symbolOf(String text) {
        DocumentSymbol symbol = DocumentSymbol.parseField("symbol", text);
        if (!symbol.type().isDirective()) {
            throw DomainException.invalid("symbol", symbol + " is a " + symbol.type().englishName()
                    + ", not a directive (NQ, KL, CT, QĐ, HD); plans are registered in plan-service",
                    "directive.symbol-not-a-directive", symbol, symbol.type().englishName(),
                    symbol.type().vietnameseName());
        }
        return symbol;
    }

    @Override
    public boolean isDraft() {
        return status == DirectiveStatus.DRAFT;
    }

    @Override
    public String issuerCode() {
        return issuingOrganization.code;
    }

    @Override
    public String issuerPath() {
        return issuingOrganization.path;
    }

    /** Also keeps the number, which a directive stores in a column of its own. */
    @Override
    public void identify(DocumentSymbol documentSymbol) {
        super.identify(documentSymbol);
        number = documentSymbol.number();
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

    /** A later directive amends this one (sửa đổi, bổ sung): it stays in force, amended, and records which. */
    public void amendedBy(Directive later) {
        markAmended("Sửa đổi, bổ sung bởi " + later.symbol);
        amendedBy.add(SupersedingDirective.of(later));
    }

    /** A later directive replaces this one (thay thế): it is no longer in force. */
    public void replacedBy(Directive later) {
        requireStatus("replace", Set.of(DirectiveStatus.PUBLISHED, DirectiveStatus.AMENDED));
        status = DirectiveStatus.REPLACED;
        statusReason = "Được thay thế bởi " + later.symbol;
        replacedBy = SupersedingDirective.of(later);
    }

    public boolean alreadySupersededBy(Directive later) {
        return replacedBy != null && later.id.equals(replacedBy.directiveId())
                || amendedBy.stream().anyMatch(link -> later.id.equals(link.directiveId()));
    }

    public void revoke(String reason) {
        requireStatus("revoke", Set.of(DirectiveStatus.PUBLISHED, DirectiveStatus.AMENDED));
        status = DirectiveStatus.REVOKED;
        statusReason = reason;
    }

    public void requireStatus(String action, Set<DirectiveStatus> allowed) {
        DomainException.requireStatus(action, "a directive", status, allowed);
    }

    /** Recomputes the folded words searched by text queries. */
    public void indexText() {
        searchText = searchWords(Stream.of(symbol, symbol.replace('-', ' ').replace('/', ' '), type.vietnameseName(),
                title, summary, body));
    }

    public DirectiveSnapshot snapshot() {
        return new DirectiveSnapshot(id, symbol, type.name(), issuingOrganization.id, issuingOrganization.code,
                issueDate, term, title, summary, status.name(), List.copyOf(targets),
                references.stream().map(reference -> new DirectiveSnapshot.Reference(reference.kind,
                        reference.targetSymbol, reference.targetIssueDate, reference.targetDirectiveId)).toList(),
                version);
    }
}
