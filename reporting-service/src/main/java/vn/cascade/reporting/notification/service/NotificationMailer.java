package vn.cascade.reporting.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.common.i18n.Language;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.repository.MailQueue;
import vn.cascade.reporting.notification.repository.NotificationRepository;

/**
 * Sends the mail owed to contacts. A round takes each address with mail due and, in one transaction per address,
 * claims everything pending for it and sends it as one mail: a single notification as itself, several (a storm of
 * overdue marks after the clock moved, a replay) as one digest. Each address is held by one replica at a time; a
 * failed send is tried again later, up to a limit, and never repeats what was already sent.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);

    /** What one round did: mails sent, notifications they carried, mails that failed. */
    public record Round(int mails, int notifications, int failures) {

        Round plus(Round other) {
            return new Round(mails + other.mails, notifications + other.notifications, failures + other.failures);
        }
    }

    /**
     * What a mail says, already in the contact's language.
     *
     * @param digest whether it carries several notifications
     */
    public record MailContent(String language, String subject, String greeting, boolean digest, String intro,
            List<NotificationTexts.Text> items, String footer) {
    }

    @CheckedTemplate
    static class Templates {
        /** templates/NotificationMailer/digestHtml.html */
        static native TemplateInstance digestHtml(MailContent mail);

        /** templates/NotificationMailer/digestText.txt */
        static native TemplateInstance digestText(MailContent mail);
    }

    private final MailQueue queue;
    private final NotificationRepository notifications;
    private final NotificationTexts texts;
    private final Mailer mailer;
    private final NotificationConfig config;
    private final MeterRegistry meters;
    private final Clock clock;

    NotificationMailer(MailQueue queue, NotificationRepository notifications, NotificationTexts texts, Mailer mailer,
            NotificationConfig config, MeterRegistry meters, Clock clock) {
        this.queue = queue;
        this.notifications = notifications;
        this.texts = texts;
        this.mailer = mailer;
        this.config = config;
        this.meters = meters;
        this.clock = clock;
    }

    /** One round over the addresses with mail due now. */
    public Round sendPending() {
        return sendPending(OffsetDateTime.now(clock));
    }

    /** One round over the addresses with mail due at {@code now} (a test's later hour: the daily digest). */
    public Round sendPending(OffsetDateTime now) {
        Round round = new Round(0, 0, 0);
        if (!config.mail().enabled()) {
            return round;
        }
        NotificationConfig.Mail settings = config.mail();
        List<String> addresses = QuarkusTransaction.requiringNew()
                .call(() -> queue.addressesDue(now, settings.maxAttempts(), settings.batchSize()));
        for (String address : addresses) {
            round = round.plus(QuarkusTransaction.requiringNew().call(() -> deliver(address, now)));
        }
        return round;
    }

    private Round deliver(String address, OffsetDateTime now) {
        List<MailQueue.Pending> pending = queue.claim(address, now, config.mail().maxAttempts());
        if (pending.isEmpty()) {
            return new Round(0, 0, 0);
        }
        List<UUID> ids = pending.stream().map(MailQueue.Pending::notificationId).toList();
        Mail mail = compose(address, notifications.oldestFirst(ids), Language.of(pending.getFirst().language()));
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            LOG.warnf("Mail of %d notification(s) to %s failed: %s", ids.size(), address, e.toString());
            queue.failed(address, ids, now, config.mail().retryBackoff(), String.valueOf(e));
            meters.counter("cascade.notifications.mail.failed").increment();
            return new Round(0, 0, 1);
        }
        queue.sent(address, ids, now);
        meters.counter("cascade.notifications.mail.sent").increment();
        return new Round(1, ids.size(), 0);
    }

    private Mail compose(String address, List<Notification> carried, Language language) {
        NotificationMessages m = texts.messages(language);
        List<NotificationTexts.Text> items = carried.stream().map(n -> texts.of(n, language)).toList();
        boolean digest = items.size() > 1;
        String subject = digest ? m.digestSubject(items.size()) : items.getFirst().title();
        MailContent content = new MailContent(language.tag(), oneLine(subject), m.mailGreeting(), digest,
                m.mailIntro(items.size()), items, m.mailFooter());
        return Mail.withHtml(address, content.subject(), Templates.digestHtml(content).render())
                .setText(Templates.digestText(content).render());
    }

    /** A subject is one header line, whatever an organisation's name holds. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}+", " ").strip();
    }
}
