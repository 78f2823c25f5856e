package io.bilheteria.kiosk;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.bilheteria.architecture.ArchitectureRules;
import io.bilheteria.architecture.ProductionClasses;
import org.junit.jupiter.api.Test;

/** The architecture rules that apply to the kiosk's own classes (rules in the architecture module). */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = ProductionClasses.ofModuleOf(KioskMain.class);

    /** The launcher starts the bundled backend when no URL is set, and the application closes it. */
    @Test
    void usesTheBackendOnlyFromItsLauncher() {
        ArchitectureRules.backendUsedOnlyBy(KioskMain.class, KioskApp.class).check(PRODUCTION);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures("io.bilheteria.kiosk").check(PRODUCTION);
    }

    @Test
    void viewModelsUseNoSceneNorBackend() {
        ArchitectureRules.viewModelsUseNoSceneNorBackend().check(PRODUCTION);
    }
}
