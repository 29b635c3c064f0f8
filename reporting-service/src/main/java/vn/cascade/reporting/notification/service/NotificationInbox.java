package vn.cascade.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.security.Caller;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.common.i18n.Language;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.repository.NotificationRepository;
import vn.cascade.reporting.notification.repository.NotificationRepository.Reader;

/**
 * The caller's inbox: what is addressed to its own organisation and any role it holds, newest first, with its own
 * read state. Nobody sees another organisation's notifications, administrators included; a notification outside
 * the inbox answers 404.
 */
@ApplicationScoped
@Transactional
public class NotificationInbox {

    /** A notification as one reader sees it. */
    public record Entry(Notification notification, NotificationTexts.Text text, OffsetDateTime readAt) {
    }

    private final NotificationRepository notifications;
    private final NotificationTexts texts;
    private final Caller caller;
    private final OrganizationScope scope;
    private final NotificationPreferences preferences;
    private final Clock clock;

    NotificationInbox(NotificationRepository notifications, NotificationTexts texts, Caller caller,
            OrganizationScope scope, NotificationPreferences preferences, Clock clock) {
        this.notifications = notifications;
        this.texts = texts;
        this.caller = caller;
        this.scope = scope;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Entry> list(boolean unreadOnly, OffsetDateTime updatedSince, Paging paging, Language language) {
        Reader reader = reader();
        Page<Notification> page = notifications.inbox(reader, unreadOnly, updatedSince, paging);
        Map<UUID, OffsetDateTime> read = notifications.readAt(reader.username(),
                page.items().stream().map(n -> n.id).toList());
        return page.map(n -> new Entry(n, texts.of(n, language), read.get(n.id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount() {
        return notifications.unreadCount(reader());
    }

    public Entry markRead(UUID id, Language language) {
        Reader reader = reader();
        if (!notifications.markRead(reader, id, OffsetDateTime.now(clock))) {
            throw DomainException.notFound("No notification " + id + " in your inbox")
                    .localized("notification.not-found", id);
        }
        Notification notification = notifications.findById(id);
        return new Entry(notification, texts.of(notification, language),
                notifications.readAt(reader.username(), Set.of(id)).get(id));
    }

    /** @return how many were unread */
    public int markAllRead() {
        return notifications.markAllRead(reader(), OffsetDateTime.now(clock));
    }

    /**
     * The caller's organisation (403 when its token names none), the audience roles it holds (none when it turned its
     * inbox off), its user name.
     */
    Reader reader() {
        String organization = scope.callerOrganizationCode();
        Set<AudienceRole> roles = preferences.inboxOff(caller.name()) ? EnumSet.noneOf(AudienceRole.class)
                : Arrays.stream(AudienceRole.values()).filter(role -> caller.hasRole(role.realmRole()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AudienceRole.class)));
        return new Reader(organization, roles, caller.name());
    }
}
