package vn.cascade.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.i18n.Language;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.repository.NotificationRepository;
import vn.cascade.reporting.notification.repository.NotificationRepository.Reader;

/**
 * The live stream of a caller's inbox: from the moment it connects, what arrives in it, oldest first. Read from the
 * database by a cursor rather than pushed from memory, so that a client connected to one replica hears of what
 * another replica's consumer made.
 */
@ApplicationScoped
public class NotificationStream {

    /** Where one connection stands: whose inbox, and the last notification sent. */
    public static final class Cursor {
        private final Reader reader;
        private final Language language;
        private OffsetDateTime after;
        private UUID afterId = new UUID(0, 0);

        private Cursor(Reader reader, Language language, OffsetDateTime after) {
            this.reader = reader;
            this.language = language;
            this.after = after;
        }
    }

    private static final int BATCH = 100;

    private final NotificationInbox inbox;
    private final NotificationRepository notifications;
    private final NotificationTexts texts;
    private final Clock clock;

    NotificationStream(NotificationInbox inbox, NotificationRepository notifications, NotificationTexts texts,
            Clock clock) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.texts = texts;
        this.clock = clock;
    }

    /** Opens a cursor on the caller's inbox (403 without an organisation) from now on. */
    public Cursor open(Language language) {
        return new Cursor(inbox.reader(), language, OffsetDateTime.now(clock));
    }

    /**
     * What arrived since the cursor's last, and moves it on; unread by definition (they are new). Its own short
     * transaction: it runs on a worker thread of the stream, outside the request.
     */
    @Transactional
    public List<NotificationInbox.Entry> next(Cursor cursor) {
        List<Notification> arrived = notifications.arrivedAfter(cursor.reader, cursor.after, cursor.afterId, BATCH);
        if (!arrived.isEmpty()) {
            Notification last = arrived.getLast();
            cursor.after = last.createdAt;
            cursor.afterId = last.id;
        }
        return arrived.stream().map(n -> new NotificationInbox.Entry(n, texts.of(n, cursor.language), null)).toList();
    }
}
