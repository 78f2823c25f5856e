package io.bilheteria.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.bilheteria.architecture.ArchitectureRules;
import io.bilheteria.architecture.ProductionClasses;
import io.bilheteria.ui.seatmap.SeatMapView;
import org.junit.jupiter.api.Test;

/** The architecture rules that apply to common-ui's own classes (rules in the architecture module). */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = ProductionClasses.ofModuleOf(SeatMapView.class);

    @Test
    void usesNoBackendClass() {
        ArchitectureRules.backendUsedOnlyBy().check(PRODUCTION);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchitectureRules.noCyclesBetweenFeatures("io.bilheteria.ui").check(PRODUCTION);
    }

    @Test
    void viewModelsUseNoSceneNorBackend() {
        ArchitectureRules.viewModelsUseNoSceneNorBackend().check(PRODUCTION);
    }
}
