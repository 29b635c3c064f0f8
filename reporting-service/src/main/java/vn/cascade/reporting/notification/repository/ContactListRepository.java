package vn.cascade.reporting.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.cascade.reporting.notification.domain.ContactList;

@ApplicationScoped
public class ContactListRepository implements PanacheRepositoryBase<ContactList, String> {

    /**
     * The organisation's list, created empty (version 0) if it has none, and locked until the caller's transaction
     * ends: two replacements of one list are applied one after the other, and the second sees the first's version.
     */
    public ContactList createIfAbsentForUpdate(String organizationCode, OffsetDateTime now, String by) {
        getEntityManager().createNativeQuery("""
                INSERT INTO contact_list (organization_code, version, updated_at, updated_by)
                VALUES (:code, 0, :now, :by) ON CONFLICT DO NOTHING""")
                .setParameter("code", organizationCode).setParameter("now", now).setParameter("by", by)
                .executeUpdate();
        return getEntityManager().find(ContactList.class, organizationCode, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<ContactList> findForUpdate(String organizationCode) {
        return Optional.ofNullable(getEntityManager().find(ContactList.class, organizationCode,
                LockModeType.PESSIMISTIC_WRITE));
    }
}
