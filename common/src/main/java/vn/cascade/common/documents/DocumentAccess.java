package vn.cascade.common.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.security.OrganizationScope;

/**
 * Who may see and change an issued document, the same for directives and plans: drafts are visible only inside
 * the issuer's chain (elsewhere they do not exist: not found, so their existence does not leak), only the issuer
 * changes a document, and every change names the version it read.
 */
@ApplicationScoped
public class DocumentAccess {

    private final OrganizationScope scope;

    DocumentAccess(OrganizationScope scope) {
        this.scope = scope;
    }

    public boolean isReadable(IssuedDocument document) {
        return isReadable(document.isDraft(), document.issuerPath());
    }

    /** The same rule from a document's columns alone, without reading the document. */
    public boolean isReadable(boolean draft, String issuerPath) {
        return !draft || scope.canReadInside(issuerPath);
    }

    /** What {@link #readable} answers when the caller may not read the document (or there is none). */
    public static DomainException notFound(String kind, Object what) {
        return DomainException.notFound("No " + kind + " " + what);
    }

    /** The document, if the caller may read it; {@code kind} names it in the message ("directive", "plan"). */
    public <D extends IssuedDocument> D readable(String kind, Optional<D> found, Object what) {
        return found.filter(this::isReadable).orElseThrow(() -> notFound(kind, what));
    }

    /** The document, if the caller acts for its issuer and read its current version. */
    public <D extends IssuedDocument> D changeable(String kind, Optional<D> found, Object what, Long version) {
        D document = readable(kind, found, what);
        scope.requireActingFor(document.issuerCode());
        DomainException.requireVersion(capitalized(kind) + " " + document.label(), document.version, version);
        return document;
    }

    /**
     * The one readable document among those numbered alike, of the year when given: numbers restart by term and
     * year, so without a year several may answer.
     */
    public <D extends IssuedDocument> D oneBySymbol(String kind, List<D> numberedAlike, DocumentSymbol symbol,
            Integer year) {
        List<D> found = numberedAlike.stream()
                .filter(document -> year == null || document.issueDate != null && document.issueDate.getYear() == year)
                .filter(this::isReadable)
                .toList();
        if (found.isEmpty()) {
            throw DomainException.notFound("No " + kind + " " + symbol + (year == null ? "" : " of " + year));
        }
        if (found.size() > 1) {
            throw DomainException.conflict("Several " + kind + "s are numbered " + symbol + "; give the year (issued "
                    + found.stream().map(document -> String.valueOf(document.issueDate)).toList() + ")");
        }
        return found.getFirst();
    }

    private static String capitalized(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
