package vn.cascade.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.reporting.domain.Report;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public Optional<Report> findByObligation(UUID obligationId) {
        return find("obligationId", obligationId).firstResultOptional();
    }
}
