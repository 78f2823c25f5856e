package io.bilheteria.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import io.bilheteria.architecture.fixture.app.AppMain;
import io.bilheteria.architecture.fixture.layers.PlainRecord;
import org.junit.jupiter.api.Test;

/**
 * Rule 3, the backend's classes used by an app only from its launcher, proven on a fixture
 * app ({@code fixture.app}) and a fixture backend class ({@code io.bilheteria.backend.fixture.bundled}).
 */
class BackendUsedOnlyByLaunchersRuleTest {
    private final JavaClasses app = Fixtures.packages("io.bilheteria.architecture.fixture.app");

    @Test
    void reportsAScreenUsingTheBackend() {
        EvaluationResult result = ArchitectureRules.backendUsedOnlyBy(AppMain.class).evaluate(app);

        assertThat(result.hasViolation()).isTrue();
        // not AppMain, nor its nested Shutdown and lambda
        assertThat(Fixtures.violators(result))
                .containsExactly("io.bilheteria.architecture.fixture.app.screen.SalesScreen");
    }

    @Test
    void withoutLaunchersReportsEveryUse() {
        EvaluationResult result = ArchitectureRules.backendUsedOnlyBy().evaluate(app);

        assertThat(Fixtures.violators(result)).containsExactly(AppMain.class.getName(),
                "io.bilheteria.architecture.fixture.app.screen.SalesScreen");
    }

    /** With a class that uses no backend beside it: ArchUnit fails a rule that finds nothing to check. */
    @Test
    void passesTheLauncher() {
        JavaClasses launcher = Fixtures.classes(AppMain.class, AppMain.Shutdown.class, PlainRecord.class);

        assertThat(ArchitectureRules.backendUsedOnlyBy(AppMain.class).evaluate(launcher).hasViolation()).isFalse();
    }
}
