package vn.cascade.organizations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.OrganizationSuccession;
import vn.cascade.common.kept.KeptValues;
import vn.cascade.common.kept.TableChanges;
import vn.cascade.common.security.OrganizationDirectory;
import vn.cascade.common.security.SuccessionChains;


@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID>, OrganizationDirectory {

    /** The tables a caller's scope is read from (each has a trigger that notifies {@link TableChanges}). */
    static final String[] SCOPE_TABLES = {"organization", "organization_succession"};
    /** The tables a snapshot writes. */
    private static final String[] COPY_TABLES = {"organization", "organization_succession", "organization_placement"};
    /** A bound on each kept map: the organisations whose users called since the last change. */
    private static final int KEPT_ORGANIZATIONS = 20_000;

    private KeptValues<String, Optional<Place>> places;
    private KeptValues<String, List<Predecessor>> predecessorsByCode;
    private KeptValues<String, List<Predecessor>> predecessorsByPath;
    private KeptValues<String, Optional<Cessation>> cessations;
    private KeptValues<String, Optional<Organization>> readOnlyByCode;
    private TableChanges changes;

    /**
     * Every request asks where its caller sits and whom it succeeded (issue 18: a recursive query per request);
     * the copy changes only when a snapshot arrives, so the answers are kept until a change of these tables.
     */
    @Inject
    void keep(TableChanges changes) {
        this.changes = changes;
        places = changes.keep("organisation places", KEPT_ORGANIZATIONS, SCOPE_TABLES);
        predecessorsByCode = changes.keep("predecessors by code", KEPT_ORGANIZATIONS, SCOPE_TABLES);
        predecessorsByPath = changes.keep("predecessors by path", KEPT_ORGANIZATIONS, SCOPE_TABLES);
        cessations = changes.keep("cessations", KEPT_ORGANIZATIONS, SCOPE_TABLES);
        readOnlyByCode = changes.keep("organisations by code", KEPT_ORGANIZATIONS, SCOPE_TABLES);
    }

    public Optional<Organization> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The organisation with this code for reading only (what a roll-up or a list is asked about), kept until the
     * copy changes: detached and shared by every request, so never to be changed.
     */
    public Optional<Organization> readOnlyByCode(String code) {
        return readOnlyByCode.get(code, () -> {
            Optional<Organization> found = findByCode(code);
            found.ifPresent(getEntityManager()::detach);
            return found;
        });
    }

    @Override
    public Optional<Place> placeOf(String organizationCode) {
        return places.get(organizationCode, () -> findByCode(organizationCode)
                .map(organization -> new Place(organization.path, organization.kind)));
    }

    @Override
    public List<Predecessor> predecessorsAt(String organizationPath) {
        return predecessorsByPath.get(organizationPath,
                () -> SuccessionChains.predecessors(getEntityManager(), organizationPath));
    }

    @Override
    public List<Predecessor> predecessorsOf(String organizationCode) {
        return predecessorsByCode.get(organizationCode,
                () -> SuccessionChains.predecessorsOfCode(getEntityManager(), organizationCode));
    }

    @Override
    public Optional<Cessation> cessationOf(String organizationCode) {
        return cessations.get(organizationCode, () -> SuccessionChains.cessation(getEntityManager(), organizationCode));
    }

    /** The active organisations directly below this one, by code. */
    public List<Organization> activeChildren(UUID parentId) {
        return list("parentId = ?1 and active = true order by code", parentId);
    }

    /**
     * Inserts or replaces the copy and its history, unless it already holds this version or a newer one.
     *
     * @return whether the copy changed
     */
    public boolean upsert(OrganizationSnapshot snapshot) {
        int changed = getEntityManager().createNativeQuery("""
                INSERT INTO organization (id, code, name, short_name, level, kind, parent_id, path, active, member_count,
                                          member_count_as_of, valid_from, valid_to, version)
                VALUES (:id, :code, :name, :shortName, :level, :kind, :parentId, :path, :active, :memberCount,
                        CAST(:memberCountAsOf AS date), CAST(:validFrom AS date), CAST(:validTo AS date), :version)
                ON CONFLICT (id) DO UPDATE SET
                    code = excluded.code, name = excluded.name, short_name = excluded.short_name,
                    level = excluded.level, kind = excluded.kind, parent_id = excluded.parent_id, path = excluded.path,
                    active = excluded.active, member_count = excluded.member_count,
                    member_count_as_of = excluded.member_count_as_of, valid_from = excluded.valid_from,
                    valid_to = excluded.valid_to, version = excluded.version
                WHERE organization.version < excluded.version""")
                .setParameter("id", snapshot.id())
                .setParameter("code", snapshot.code())
                .setParameter("name", snapshot.name())
                .setParameter("shortName", snapshot.shortName())
                .setParameter("level", snapshot.level().name())
                .setParameter("kind", snapshot.kind() == null ? null : snapshot.kind().name())
                .setParameter("parentId", snapshot.parentId())
                .setParameter("path", snapshot.path())
                .setParameter("active", snapshot.active())
                .setParameter("memberCount", snapshot.memberCount())
                .setParameter("memberCountAsOf", snapshot.memberCountAsOf())
                .setParameter("validFrom", snapshot.validFrom())
                .setParameter("validTo", snapshot.validTo())
                .setParameter("version", snapshot.version())
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        replaceHistory(snapshot);
        // every replica drops its kept scopes on the trigger's notification; this one as soon as this commits
        changes.changedOnCommit(COPY_TABLES);
        return true;
    }

    private void replaceHistory(OrganizationSnapshot snapshot) {
        var entityManager = getEntityManager();
        entityManager.createNativeQuery("DELETE FROM organization_placement WHERE organization_id = :id")
                .setParameter("id", snapshot.id()).executeUpdate();
        for (OrganizationPlacement placement : snapshot.placements()) {
            entityManager.createNativeQuery("""
                    INSERT INTO organization_placement (organization_id, parent_id, path, valid_from, valid_to)
                    VALUES (:id, :parentId, :path, CAST(:from AS date), CAST(:to AS date))""")
                    .setParameter("id", snapshot.id())
                    .setParameter("parentId", placement.parentId())
                    .setParameter("path", placement.path())
                    .setParameter("from", placement.from())
                    .setParameter("to", placement.to())
                    .executeUpdate();
        }
        // Each side of a succession lists it; either snapshot alone is enough to know the link.
        entityManager.createNativeQuery("""
                DELETE FROM organization_succession WHERE predecessor_id = :id OR successor_id = :id""")
                .setParameter("id", snapshot.id()).executeUpdate();
        for (OrganizationSuccession successor : snapshot.successors()) {
            insertSuccession(snapshot.id(), successor.organizationId(), successor);
        }
        for (OrganizationSuccession predecessor : snapshot.predecessors()) {
            insertSuccession(predecessor.organizationId(), snapshot.id(), predecessor);
        }
    }

    private void insertSuccession(UUID predecessorId, UUID successorId, OrganizationSuccession succession) {
        getEntityManager().createNativeQuery("""
                INSERT INTO organization_succession (predecessor_id, successor_id, kind, effective)
                VALUES (:predecessorId, :successorId, :kind, :effective)
                ON CONFLICT (predecessor_id, successor_id) DO UPDATE SET kind = excluded.kind,
                    effective = excluded.effective""")
                .setParameter("predecessorId", predecessorId)
                .setParameter("successorId", successorId)
                .setParameter("kind", succession.kind().name())
                .setParameter("effective", succession.effective())
                .executeUpdate();
    }
}
