package vn.cascade.reporting.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import vn.cascade.common.i18n.Language;
import vn.cascade.reporting.notification.domain.NotificationPreference;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<NotificationPreference, String> {

    /**
     * The user's preferences, created with the defaults (version 0) if it has none, and locked until the caller's
     * transaction ends: two saves are applied one after the other, and the second sees the first's version.
     */
    public NotificationPreference createIfAbsentForUpdate(String username, String organizationCode,
            OffsetDateTime now) {
        getEntityManager().createNativeQuery("""
                INSERT INTO notification_preference (username, organization_code, roles, inbox, mail, language,
                    delivery, version, updated_at)
                VALUES (:username, :organization, '', true, false, :language, 'IMMEDIATE', 0, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("username", username).setParameter("organization", organizationCode)
                .setParameter("language", Language.DEFAULT.tag()).setParameter("now", now)
                .executeUpdate();
        return getEntityManager().find(NotificationPreference.class, username, LockModeType.PESSIMISTIC_WRITE);
    }
}
