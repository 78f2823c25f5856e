package io.bilheteria.client;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.bilheteria.architecture.ArchitectureRules;
import io.bilheteria.architecture.ProductionClasses;
import org.junit.jupiter.api.Test;

/** The architecture rules that apply to the client's own classes (rules in the architecture module). */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = ProductionClasses.ofModuleOf(BilheteriaClient.class);

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures("io.bilheteria.client").check(PRODUCTION);
    }
}
