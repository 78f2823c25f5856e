package io.bilheteria.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.bilheteria.architecture.fixture.FarAwayRepository;
import io.bilheteria.backend.fixture.SeatRepository;
import io.bilheteria.backend.fixture.bundled.FakeBundledBackend;
import io.bilheteria.backend.storage.fixture.JdbiInStorage;
import org.junit.jupiter.api.Test;

/**
 * Rule 2, Jdbi and JDBC only in the backend's storage package and repositories, proven on
 * fixtures laid out as in the backend: {@code io.bilheteria.backend.storage.fixture} and the
 * feature package {@code io.bilheteria.backend.fixture} of this test tree.
 */
class SqlOnlyInStorageAndRepositoriesRuleTest {
    private final ArchRule rule = ArchitectureRules.sqlOnlyInStorageAndRepositories();

    @Test
    void reportsServicesThatRunSqlThemselves() {
        JavaClasses backend = Fixtures.packages("io.bilheteria.backend");
        assertThat(backend.contain(SeatRepository.Row.class)).isTrue();

        EvaluationResult result = rule.evaluate(backend);

        assertThat(result.hasViolation()).isTrue();
        // not JdbiInStorage (storage), not SeatRepository nor its nested Row and lambda (a repository)
        assertThat(Fixtures.violators(result)).containsExactly(
                "io.bilheteria.backend.fixture.ReportWithJdbc", "io.bilheteria.backend.fixture.SeatService");
    }

    @Test
    void aRepositoryNameCountsOnlyInABackendFeaturePackage() {
        EvaluationResult result = rule.evaluate(Fixtures.classes(FarAwayRepository.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(Fixtures.violators(result)).containsExactly(FarAwayRepository.class.getName());
    }

    /** With a class of no SQL beside them: ArchUnit fails a rule that finds nothing to check. */
    @Test
    void passesStorageAndRepositories() {
        JavaClasses allowed = Fixtures.classes(JdbiInStorage.class, SeatRepository.class, SeatRepository.Row.class,
                FakeBundledBackend.class);

        assertThat(rule.evaluate(allowed).hasViolation()).isFalse();
    }
}
