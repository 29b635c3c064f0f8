package vn.cascade.reporting.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.reporting.notification.domain.Notification;

/**
 * The mail owed for notifications, one row per notification and address ({@code notification_mail}): queued in
 * the transaction that makes the notification, so an address is owed each notification once however often the
 * event arrives; sent in rounds that fold what is pending for one address into one mail.
 */
@ApplicationScoped
public class MailQueue {

    /** A notification owed to an address, in the language the address asked for. */
    public record Pending(UUID notificationId, String language) {
    }

    private final EntityManager entityManager;

    MailQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Owes the notification to every person of its audience who asked for mail (at once, or with the next daily
     * digest at {@code digestAt}) and to every address the organisation registered for the audience, except an
     * address already owed another notification of the same event (one event, one mail per address); returns how
     * many. A person's own choice wins over a registered contact with the same address.
     */
    public int queue(Notification notification, OffsetDateTime now, OffsetDateTime digestAt) {
        int persons = entityManager.createNativeQuery("""
                INSERT INTO notification_mail (notification_id, email, language, created_at, next_attempt_at)
                SELECT :id, p.email, p.language, :now,
                       CASE WHEN p.delivery = 'DAILY_DIGEST' THEN CAST(:digestAt AS timestamptz)
                            ELSE CAST(:now AS timestamptz) END
                FROM notification_preference p
                WHERE p.mail AND p.email IS NOT NULL AND p.organization_code = :organization
                  AND :role = ANY (string_to_array(p.roles, ','))
                  AND NOT EXISTS (SELECT 1 FROM notification_mail m JOIN notification n ON n.id = m.notification_id
                                  WHERE m.email = p.email AND n.event_id = :event AND n.id <> :id)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", notification.id)
                .setParameter("now", now)
                .setParameter("digestAt", digestAt)
                .setParameter("event", notification.eventId)
                .setParameter("organization", notification.organizationCode)
                .setParameter("role", notification.audienceRole.name())
                .executeUpdate();
        return persons + entityManager.createNativeQuery("""
                INSERT INTO notification_mail (notification_id, email, language, created_at, next_attempt_at)
                SELECT :id, c.email, c.language, :now, :now FROM contact c
                WHERE c.organization_code = :organization AND c.role = :role
                  AND NOT EXISTS (SELECT 1 FROM notification_mail m JOIN notification n ON n.id = m.notification_id
                                  WHERE m.email = c.email AND n.event_id = :event AND n.id <> :id)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", notification.id)
                .setParameter("now", now)
                .setParameter("event", notification.eventId)
                .setParameter("organization", notification.organizationCode)
                .setParameter("role", notification.audienceRole.name())
                .executeUpdate();
    }

    /** Addresses with mail whose time has come, those waiting longest first. */
    @SuppressWarnings("unchecked")
    public List<String> addressesDue(OffsetDateTime now, int maxAttempts, int limit) {
        return entityManager.createNativeQuery("""
                SELECT email FROM notification_mail
                WHERE sent_at IS NULL AND attempts < :maxAttempts AND next_attempt_at <= :now
                GROUP BY email ORDER BY min(created_at), email LIMIT :limit""")
                .setParameter("now", now)
                .setParameter("maxAttempts", maxAttempts)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Takes the address for the caller's transaction, so that one replica alone writes to it at a time (the others
     * skip it rather than wait), and claims what is due for it, oldest first.
     */
    @SuppressWarnings("unchecked")
    public List<Pending> claim(String email, OffsetDateTime now, int maxAttempts) {
        boolean mine = (Boolean) entityManager.createNativeQuery(
                "SELECT pg_try_advisory_xact_lock(hashtext('cascade.notification_mail'), hashtext(:email))")
                .setParameter("email", email).getSingleResult();
        if (!mine) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT notification_id, language FROM notification_mail
                WHERE email = :email AND sent_at IS NULL AND attempts < :maxAttempts AND next_attempt_at <= :now
                ORDER BY created_at, notification_id
                FOR UPDATE SKIP LOCKED""")
                .setParameter("email", email)
                .setParameter("now", now)
                .setParameter("maxAttempts", maxAttempts)
                .getResultList();
        return rows.stream().map(row -> new Pending((UUID) row[0], (String) row[1])).toList();
    }

    public void sent(String email, List<UUID> notificationIds, OffsetDateTime now) {
        entityManager.createNativeQuery("""
                UPDATE notification_mail SET sent_at = :now, attempts = attempts + 1, last_error = NULL
                WHERE email = :email AND notification_id IN (:ids)""")
                .setParameter("now", now).setParameter("email", email).setParameter("ids", notificationIds)
                .executeUpdate();
    }

    /** Records a failed attempt; the next one waits {@code backoff} times the attempts made. */
    public void failed(String email, List<UUID> notificationIds, OffsetDateTime now, Duration backoff, String error) {
        entityManager.createNativeQuery("""
                UPDATE notification_mail SET attempts = attempts + 1, last_error = :error,
                    next_attempt_at = :now + make_interval(secs => :backoff * (attempts + 1))
                WHERE email = :email AND notification_id IN (:ids)""")
                .setParameter("error", error).setParameter("now", now).setParameter("backoff", backoff.toSeconds())
                .setParameter("email", email).setParameter("ids", notificationIds)
                .executeUpdate();
    }
}
