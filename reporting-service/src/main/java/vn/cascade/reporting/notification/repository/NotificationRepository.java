package vn.cascade.reporting.notification.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.Notification;

/**
 * Notifications and who has read them. An inbox is what is addressed to one organisation and any of the roles a
 * user holds there; the read state is the user's own.
 */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Whose inbox: a user of an organisation holding some roles. */
    public record Reader(String organizationCode, Set<AudienceRole> roles, String username) {

        List<String> roleNames() {
            return roles.stream().map(Enum::name).toList();
        }
    }

    private static final String ADDRESSED = " FROM notification n WHERE n.organization_code = :organization"
            + " AND n.audience_role IN (:roles)";
    private static final String READ_BY_READER = " FROM notification_read r"
            + " WHERE r.notification_id = n.id AND r.username = :username";
    private static final String UNREAD = " AND NOT EXISTS (SELECT 1" + READ_BY_READER + ")";
    private static final String CHANGED = " AND (n.created_at >= :updatedSince OR EXISTS (SELECT 1" + READ_BY_READER
            + " AND r.read_at >= :updatedSince))";

    /**
     * Newest first, then by id: a stable order for paging. With {@code updatedSince}, only what arrived or what the
     * reader read at or after it, by when that happened, then id: what an app keeps offline.
     */
    @SuppressWarnings("unchecked")
    public Page<Notification> inbox(Reader reader, boolean unreadOnly, OffsetDateTime updatedSince, Paging paging) {
        if (reader.roles().isEmpty()) {
            return new Page<>(List.of(), 0, paging);
        }
        boolean sync = updatedSince != null;
        String where = ADDRESSED + (unreadOnly ? UNREAD : "") + (sync ? CHANGED : "");
        Query list = getEntityManager().createNativeQuery("SELECT n.*" + where + (sync
                ? " ORDER BY GREATEST(n.created_at, (SELECT r.read_at" + READ_BY_READER + ")), n.id"
                : " ORDER BY n.created_at DESC, n.id DESC") + " LIMIT :limit OFFSET :offset", Notification.class);
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + where);
        for (Query query : List.of(list, count)) {
            bind(query, reader, unreadOnly || sync);
            if (sync) {
                query.setParameter("updatedSince", updatedSince);
            }
        }
        list.setParameter("limit", paging.limit()).setParameter("offset", paging.offset());
        return new Page<>(list.getResultList(), ((Number) count.getSingleResult()).longValue(), paging);
    }

    public long unreadCount(Reader reader) {
        if (reader.roles().isEmpty()) {
            return 0;
        }
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + ADDRESSED + UNREAD);
        bind(count, reader, true);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** When the reader read each of these notifications; those not read are absent. */
    @SuppressWarnings("unchecked")
    public Map<UUID, OffsetDateTime> readAt(String username, Collection<UUID> ids) {
        Map<UUID, OffsetDateTime> read = new HashMap<>();
        if (ids.isEmpty()) {
            return read;
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT notification_id, read_at FROM notification_read
                WHERE username = :username AND notification_id IN (:ids)""")
                .setParameter("username", username)
                .setParameter("ids", ids)
                .unwrap(NativeQuery.class)
                .addScalar("notification_id", UUID.class)
                .addScalar("read_at", OffsetDateTime.class)
                .getResultList();
        for (Object[] row : rows) {
            read.put((UUID) row[0], (OffsetDateTime) row[1]);
        }
        return read;
    }

    /** Marks one notification of the reader's inbox read (again: no change); false when it is not in the inbox. */
    public boolean markRead(Reader reader, UUID id, OffsetDateTime now) {
        if (reader.roles().isEmpty() || findByIdOptional(id).filter(n -> addressedTo(n, reader)).isEmpty()) {
            return false;
        }
        getEntityManager().createNativeQuery("""
                INSERT INTO notification_read (notification_id, username, read_at) VALUES (:id, :username, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("id", id).setParameter("username", reader.username()).setParameter("now", now)
                .executeUpdate();
        return true;
    }

    /** Marks everything in the reader's inbox read; returns how many were unread. */
    public int markAllRead(Reader reader, OffsetDateTime now) {
        if (reader.roles().isEmpty()) {
            return 0;
        }
        Query insert = getEntityManager().createNativeQuery(
                "INSERT INTO notification_read (notification_id, username, read_at) SELECT n.id, :username, :now"
                        + ADDRESSED + UNREAD + " ON CONFLICT DO NOTHING");
        bind(insert, reader, true);
        return insert.setParameter("now", now).executeUpdate();
    }

    /**
     * What arrived in the reader's inbox after the cursor (creation time, then id), oldest first: what a live
     * stream sends next.
     */
    @SuppressWarnings("unchecked")
    public List<Notification> arrivedAfter(Reader reader, OffsetDateTime after, UUID afterId, int limit) {
        if (reader.roles().isEmpty()) {
            return List.of();
        }
        Query list = getEntityManager().createNativeQuery("SELECT n.*" + ADDRESSED
                + " AND (n.created_at > :after OR (n.created_at = :after AND n.id > :afterId))"
                + " ORDER BY n.created_at, n.id LIMIT :limit", Notification.class);
        bind(list, reader, false);
        return list.setParameter("after", after).setParameter("afterId", afterId).setParameter("limit", limit)
                .getResultList();
    }

    public List<Notification> oldestFirst(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by createdAt, id", ids);
    }

    private static boolean addressedTo(Notification notification, Reader reader) {
        return notification.organizationCode.equals(reader.organizationCode())
                && reader.roles().contains(notification.audienceRole);
    }

    private static void bind(Query query, Reader reader, boolean withUser) {
        query.setParameter("organization", reader.organizationCode()).setParameter("roles", reader.roleNames());
        if (withUser) {
            query.setParameter("username", reader.username());
        }
    }
}
