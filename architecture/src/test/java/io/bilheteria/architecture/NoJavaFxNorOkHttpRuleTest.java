package io.bilheteria.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.bilheteria.architecture.fixture.layers.CallsOverHttp;
import io.bilheteria.architecture.fixture.layers.PlainRecord;
import io.bilheteria.architecture.fixture.layers.ShowsAWindow;
import org.junit.jupiter.api.Test;

/** Rule 1, no JavaFX and no OkHttp (backend, backend-api, devices), proven on fixtures. */
class NoJavaFxNorOkHttpRuleTest {
    private final ArchRule rule = ArchitectureRules.noJavaFxNorOkHttp();

    @Test
    void reportsAClassUsingJavaFx() {
        EvaluationResult result = rule.evaluate(Fixtures.classes(ShowsAWindow.class, PlainRecord.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(Fixtures.violators(result)).containsExactly(ShowsAWindow.class.getName());
    }

    @Test
    void reportsAClassUsingOkHttp() {
        EvaluationResult result = rule.evaluate(Fixtures.classes(CallsOverHttp.class, PlainRecord.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(Fixtures.violators(result)).containsExactly(CallsOverHttp.class.getName());
    }

    @Test
    void passesPlainClasses() {
        assertThat(rule.evaluate(Fixtures.classes(PlainRecord.class)).hasViolation()).isFalse();
    }
}
