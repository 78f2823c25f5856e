package io.bilheteria.devices;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.bilheteria.architecture.ArchitectureRules;
import io.bilheteria.architecture.ProductionClasses;
import org.junit.jupiter.api.Test;

/** The architecture rules that apply to the devices' own classes (rules in the architecture module). */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = ProductionClasses.ofModuleOf(DeviceSetting.class);

    @Test
    void usesNeitherJavaFxNorOkHttp() {
        ArchitectureRules.noJavaFxNorOkHttp().check(PRODUCTION);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures("io.bilheteria.devices").check(PRODUCTION);
    }
}
