package vn.cascade.directive;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.cascade.common.testing.LayerRules;

/** The layer rules of docs/architecture.md, held against this service's classes. */
@AnalyzeClasses(packages = "vn.cascade.directive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noRestTypeBelowTheResources = LayerRules.NO_REST_TYPE_BELOW_THE_RESOURCES;

    @ArchTest
    static final ArchRule noRepositoryInAResource = LayerRules.NO_REPOSITORY_IN_A_RESOURCE;

    @ArchTest
    static final ArchRule noHttpInServicesOrDomain = LayerRules.NO_HTTP_IN_SERVICES_OR_DOMAIN;

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = LayerRules.noCyclesBetweenPackagesOf("vn.cascade.directive");
}
