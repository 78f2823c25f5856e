package io.bilheteria.backend;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.bilheteria.architecture.ArchitectureRules;
import io.bilheteria.architecture.ProductionClasses;
import org.junit.jupiter.api.Test;

/** The architecture rules that apply to the backend's own classes (rules in the architecture module). */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = ProductionClasses.ofModuleOf(BackendServer.class);

    @Test
    void usesNeitherJavaFxNorOkHttp() {
        ArchitectureRules.noJavaFxNorOkHttp().check(PRODUCTION);
    }

    /**
     * Services hold no SQL. Fails until the SQL has moved from the services into repositories
     * (issue 14); left active on purpose, so it guards the backend from the day it passes.
     */
    @Test
    void onlyStorageAndRepositoriesUseJdbiOrJdbc() {
        ArchitectureRules.sqlOnlyInStorageAndRepositories().check(PRODUCTION);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures("io.bilheteria.backend").check(PRODUCTION);
    }
}
