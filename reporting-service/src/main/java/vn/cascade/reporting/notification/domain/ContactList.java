package vn.cascade.reporting.notification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The contact registry of one organisation: where the mail of each of its roles goes. Replaced as a whole; its
 * version counts the replacements (0: none yet), so a stale write is refused.
 */
@Entity
@Table(name = "contact_list")
public class ContactList {

    @Id
    @Column(name = "organization_code")
    public String organizationCode;

    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @ElementCollection
    @CollectionTable(name = "contact", joinColumns = @JoinColumn(name = "organization_code"))
    @OrderBy("role, email")
    public List<Contact> contacts = new ArrayList<>();

    /** What an organisation without a list has: nothing, at version 0. */
    public static ContactList none(String organizationCode) {
        ContactList none = new ContactList();
        none.organizationCode = organizationCode;
        return none;
    }

    public void replace(List<Contact> replacement, OffsetDateTime now, String by) {
        contacts.clear();
        contacts.addAll(replacement);
        version++;
        updatedAt = now;
        updatedBy = by;
    }
}
