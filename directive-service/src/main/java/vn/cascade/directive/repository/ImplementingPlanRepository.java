package vn.cascade.directive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cascade.directive.domain.ImplementingPlan;

@ApplicationScoped
public class ImplementingPlanRepository implements PanacheRepositoryBase<ImplementingPlan, UUID> {

    /** The plans still answering the directive, the earliest first. */
    public List<ImplementingPlan> answering(UUID directiveId) {
        return list("directiveId = ?1 and status <> 'REVOKED' order by issueDate, planId", directiveId);
    }
}
