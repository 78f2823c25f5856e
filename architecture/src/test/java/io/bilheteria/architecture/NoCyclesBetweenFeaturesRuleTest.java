package io.bilheteria.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Rule 4, no cycle between feature packages, proven on fixture features. */
class NoCyclesBetweenFeaturesRuleTest {
    private static final String FIXTURE = "io.bilheteria.architecture.fixture.";

    @Test
    void reportsTwoFeaturesUsingEachOther() {
        EvaluationResult result = ArchitectureRules.noCyclesBetweenFeatures(FIXTURE + "cycle")
                .evaluate(Fixtures.packages(FIXTURE + "cycle"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString())
                .contains("Slice orders", "Slice tickets");
    }

    @Test
    void passesAControlWithItsSkinAndOneWayUse() {
        EvaluationResult result = ArchitectureRules.noCyclesBetweenFeatures(FIXTURE + "control")
                .evaluate(Fixtures.packages(FIXTURE + "control"));

        assertThat(result.hasViolation()).isFalse();
    }
}
