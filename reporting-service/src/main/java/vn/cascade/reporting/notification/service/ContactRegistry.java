package vn.cascade.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.security.Caller;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.Contact;
import vn.cascade.reporting.notification.domain.ContactList;
import vn.cascade.common.i18n.Language;
import vn.cascade.reporting.notification.repository.ContactListRepository;

/**
 * The mail contacts of an organisation, per role: kept by an administrator or by the organisation's own issuer
 * (who answers for its people), replaced as a whole with the version read.
 */
@ApplicationScoped
@Transactional
public class ContactRegistry {

    /** One address as given: the role whose mail it gets, the address, whom to greet, the language. */
    public record Entry(AudienceRole role, String email, String name, Language language) {
    }

    private final ContactListRepository lists;
    private final OrganizationRepository organizations;
    private final OrganizationScope scope;
    private final Caller caller;
    private final Clock clock;

    ContactRegistry(ContactListRepository lists, OrganizationRepository organizations, OrganizationScope scope,
            Caller caller, Clock clock) {
        this.lists = lists;
        this.organizations = organizations;
        this.scope = scope;
        this.caller = caller;
        this.clock = clock;
    }

    /** The organisation's list; an empty one at version 0 when it has none yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactList get(String organizationCode) {
        String code = kept(organizationCode, false);
        return lists.findByIdOptional(code).orElseGet(() -> ContactList.none(code));
    }

    /**
     * Replaces the list. {@code version} is the one read (0 for an organisation without a list); another is a
     * stale write and changes nothing. Two replacements of one list are applied one after the other.
     */
    public ContactList replace(String organizationCode, Long version, List<Entry> entries) {
        String code = kept(organizationCode, true);
        List<Contact> contacts = validated(entries);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ContactList list = Long.valueOf(0).equals(version)
                ? lists.createIfAbsentForUpdate(code, now, caller.name())
                : lists.findForUpdate(code).orElseGet(() -> ContactList.none(code));
        DomainException.requireVersion("The contact list of " + code, list.version, version);
        list.replace(contacts, now, caller.name());
        return list;
    }

    /**
     * The organisation, which the caller may keep the contacts of and the copy of the hierarchy knows; a user of a
     * ceased organisation still reads its list but changes it no more.
     */
    private String kept(String organizationCode, boolean changing) {
        String code = organizationCode == null ? "" : organizationCode.strip();
        if (changing) {
            scope.requireActingFor(code);
        } else {
            scope.requireOwn(code);
        }
        if (organizations.findByCode(code).isEmpty()) {
            throw DomainException.notFound("No organisation " + code).localized("organization.not-found", code);
        }
        return code;
    }

    /** Addresses trimmed, domains in lower case; one role lists an address once. */
    private static List<Contact> validated(List<Entry> entries) {
        List<Contact> contacts = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String email = normalized(entry.email());
            if (!seen.add(entry.role() + " " + email.toLowerCase(Locale.ROOT))) {
                violations.add(new Violation("contacts[" + i + "].email",
                        email + " is listed twice for " + entry.role()));
                continue;
            }
            String name = entry.name() == null || entry.name().isBlank() ? null : entry.name().strip();
            contacts.add(new Contact(entry.role(), email, name, entry.language()));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        return contacts;
    }

    private static String normalized(String email) {
        String trimmed = email.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }
}
