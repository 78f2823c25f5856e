package io.bilheteria.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.bilheteria.architecture.ArchitectureRules;
import io.bilheteria.architecture.ProductionClasses;
import io.bilheteria.api.auth.Role;
import org.junit.jupiter.api.Test;

/** The architecture rules that apply to backend-api's own classes (rules in the architecture module). */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = ProductionClasses.ofModuleOf(Role.class);

    @Test
    void usesNeitherJavaFxNorOkHttp() {
        ArchitectureRules.noJavaFxNorOkHttp().check(PRODUCTION);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures("io.bilheteria.api").check(PRODUCTION);
    }
}
