package vn.cascade.common.documents;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Stream;
import vn.cascade.common.text.SearchWords;

/**
 * What a directive and a plan share as documents an organisation issues: their number and date, their title,
 * the reason of their last status change, the words searched, the version and who changed them when. Each
 * subclass keeps its own status enum and says through {@link #isDraft()} where it stands.
 */
@MappedSuperclass
public abstract class IssuedDocument {

    @Id
    public UUID id;

    /** số, ký hiệu: {@code 68-KH/HU}; a plan's draft may have none yet. */
    public String symbol;

    @Column(name = "symbol_key")
    public String symbolKey;

    @Enumerated(EnumType.STRING)
    public DocumentType type;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    /** trích yếu */
    public String title;

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

    /** A draft is seen only inside its issuer's chain and changed only by its issuer. */
    public abstract boolean isDraft();

    public abstract String issuerCode();

    /** The materialised path of the issuing organisation: who may read the draft. */
    public abstract String issuerPath();

    public void identify(DocumentSymbol documentSymbol) {
        symbol = documentSymbol.toString();
        symbolKey = documentSymbol.searchKey();
        type = documentSymbol.type();
    }

    public void created(OffsetDateTime at, String by) {
        createdAt = at;
        createdBy = by;
        touched(at, by);
    }

    public void touched(OffsetDateTime at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    /** The symbol if it has one, else its title: how people refer to it in messages. */
    public String label() {
        return symbol != null ? symbol : "\"" + title + "\"";
    }

    /** The folded words a text search matches: case, diacritics and punctuation ignored. */
    public static String searchWords(Stream<String> parts) {
        return SearchWords.document(parts);
    }
}
