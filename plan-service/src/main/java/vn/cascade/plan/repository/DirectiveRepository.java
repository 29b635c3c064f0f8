package vn.cascade.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.persistence.VersionedCopy;
import vn.cascade.plan.domain.Directive;

@ApplicationScoped
public class DirectiveRepository implements PanacheRepositoryBase<Directive, UUID> {

    public List<Directive> findBySymbol(String symbolKey) {
        return list("symbolKey = ?1 order by issueDate desc", symbolKey);
    }

    /** Inserts or replaces the copy, unless it already holds this version or a newer one; the copy when applied. */
    public java.util.Optional<Directive> upsert(DirectiveSnapshot snapshot, String symbolKey) {
        return VersionedCopy.toUpdate(findByIdOptional(snapshot.id()), copy -> copy.version, snapshot.version(), () -> {
            Directive created = new Directive();
            created.id = snapshot.id();
            return created;
        }).map(copy -> {
            copy.symbol = snapshot.symbol();
            copy.symbolKey = symbolKey;
            copy.type = snapshot.type();
            copy.issuingOrganizationCode = snapshot.issuingOrganizationCode();
            copy.issueDate = snapshot.issueDate();
            copy.title = snapshot.title();
            copy.status = snapshot.status();
            copy.targets = snapshot.targets() == null ? List.of() : List.copyOf(snapshot.targets());
            copy.version = snapshot.version();
            persist(copy);
            return copy;
        });
    }
}
