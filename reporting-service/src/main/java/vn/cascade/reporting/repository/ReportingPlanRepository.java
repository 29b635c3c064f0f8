package vn.cascade.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.cascade.reporting.domain.ReportingPlan;

@ApplicationScoped
public class ReportingPlanRepository implements PanacheRepositoryBase<ReportingPlan, UUID> {
}
