package vn.cascade.directive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.security.OrganizationDirectory;
import vn.cascade.directive.domain.Organization;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID>, OrganizationDirectory {

    public Optional<Organization> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    @Override
    public Optional<String> pathOf(String organizationCode) {
        return findByCode(organizationCode).map(organization -> organization.path);
    }
}
