package vn.cascade.reporting.notification.rest;

import java.util.List;
import vn.cascade.reporting.notification.domain.ContactList;
import vn.cascade.common.i18n.Language;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.rest.dto.ContactEntry;
import vn.cascade.reporting.notification.rest.dto.ContactListResponse;
import vn.cascade.reporting.notification.rest.dto.NotificationResponse;
import vn.cascade.reporting.notification.service.ContactRegistry;
import vn.cascade.reporting.notification.service.NotificationInbox;

/** Notifications and contact lists as the API shows them, and contacts as the registry takes them. */
final class NotificationMapper {

    private NotificationMapper() {
    }

    static NotificationResponse toResponse(NotificationInbox.Entry entry) {
        Notification n = entry.notification();
        return new NotificationResponse(n.id, n.kind, entry.text().title(), entry.text().text(), n.organizationCode,
                n.audienceRole, n.obligationId, n.planSymbol, n.periodKind, n.periodYear, n.dueDate, n.reporterCode,
                n.recipientCode, n.planId, n.issuerCode, n.ownPlans(), n.lateOrganizations(), n.directiveId,
                n.directiveSymbol, n.createdAt, entry.readAt() != null, entry.readAt());
    }

    static ContactListResponse toResponse(ContactList list) {
        return new ContactListResponse(list.organizationCode, list.version, list.contacts.stream()
                .map(c -> new ContactEntry(c.role, c.email, c.name, c.language)).toList(), list.updatedAt,
                list.updatedBy);
    }

    static List<ContactRegistry.Entry> toEntries(List<ContactEntry> contacts) {
        return contacts.stream().map(c -> new ContactRegistry.Entry(c.role(), c.email(), c.name(),
                c.language() == null ? Language.DEFAULT : Language.of(c.language()))).toList();
    }
}
