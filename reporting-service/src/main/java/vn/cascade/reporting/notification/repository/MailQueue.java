package vn.cascade.reporting.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.reporting.notification.domain.Audience;

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

    /** Owes the notification to every address registered for its audience; returns how many. */
    public int queue(UUID notificationId, Audience audience, OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                INSERT INTO notification_mail (notification_id, email, language, created_at, next_attempt_at)
                SELECT :id, email, language, :now, :now FROM contact
                WHERE organization_code = :organization AND role = :role
                ON CONFLICT DO NOTHING""")
                .setParameter("id", notificationId)
                .setParameter("now", now)
                .setParameter("organization", audience.organizationCode())
                .setParameter("role", audience.role().name())
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
