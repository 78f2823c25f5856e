package io.bilheteria.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.bilheteria.architecture.fixture.layers.PlainRecord;
import io.bilheteria.architecture.fixture.viewmodel.CartView;
import io.bilheteria.architecture.fixture.viewmodel.CartViewModel;
import io.bilheteria.architecture.fixture.viewmodel.RefundViewModel;
import io.bilheteria.architecture.fixture.viewmodel.SeatsViewModel;
import org.junit.jupiter.api.Test;

/** The view-model rule (apps and common-ui): no scene graph, no backend class; proven on {@code fixture.viewmodel}. */
class ViewModelsRuleTest {
    private final ArchRule rule = ArchitectureRules.viewModelsUseNoSceneNorBackend();

    @Test
    void reportsViewModelsUsingTheSceneGraphOrTheBackend() {
        EvaluationResult result = rule.evaluate(Fixtures.packages("io.bilheteria.architecture.fixture.viewmodel"));

        assertThat(result.hasViolation()).isTrue();
        // not CartViewModel (properties and lists), nor CartView (a view may use the scene graph)
        assertThat(Fixtures.violators(result))
                .containsExactly(RefundViewModel.class.getName(), SeatsViewModel.class.getName());
    }

    @Test
    void passesAViewModelOfPropertiesAndItsView() {
        assertThat(rule.evaluate(Fixtures.classes(CartViewModel.class, CartView.class)).hasViolation()).isFalse();
    }

    @Test
    void passesAModuleWithoutViewModels() {
        assertThat(rule.evaluate(Fixtures.classes(PlainRecord.class)).hasViolation()).isFalse();
    }
}
