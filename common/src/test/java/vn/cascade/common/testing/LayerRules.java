package vn.cascade.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers inside a service, as docs/architecture.md draws them, written as rules each service's
 * {@code ArchitectureTest} runs over its own classes:
 * <ul>
 * <li>{@code rest} knows HTTP and translates it: nothing below it sees a {@code rest} type;</li>
 * <li>resources reach data only through services, never through a repository;</li>
 * <li>services and the domain know nothing of HTTP: no JAX-RS type and no problem response, only
 * {@code vn.cascade.common.domain.DomainException};</li>
 * <li>no cycles between the packages of a service.</li>
 * </ul>
 */
public final class LayerRules {

    /** Everything of a service that is not its HTTP edge. */
    private static final String[] BELOW_REST = {"..service..", "..domain..", "..repository..", "..events..",
            "..importer..", "..config.."};

    public static final ArchRule NO_REST_TYPE_BELOW_THE_RESOURCES = noClasses()
            .that().resideInAnyPackage(BELOW_REST)
            .should().dependOnClassesThat().resideInAnyPackage("..rest..")
            .because("rest/ translates HTTP; services own their inputs and outputs");

    public static final ArchRule NO_REPOSITORY_IN_A_RESOURCE = noClasses()
            .that().resideInAnyPackage("..rest..")
            .should().dependOnClassesThat().resideInAnyPackage("..repository..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("resources reach data through the services, which hold the transactions and the rules");

    public static final ArchRule NO_HTTP_IN_SERVICES_OR_DOMAIN = noClasses()
            .that().resideInAnyPackage("..service..", "..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                    "vn.cascade.common.problem..", "vn.cascade.common.rest..")
            .because("the domain throws DomainException; common maps it to a problem response in one place");

    /** Each package of the service is a slice: {@code vn.cascade.plan.service}, {@code vn.cascade.plan.rest} … */
    public static ArchRule noCyclesBetweenPackagesOf(String basePackage) {
        return slices().matching(basePackage + ".(**)").should().beFreeOfCycles();
    }

    private LayerRules() {
    }
}
