package io.bilheteria.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the command line and the environment set the backend's database connections. */
class MainTest {

    @Test
    void theFlagWinsOverTheEnvironmentWhichWinsOverTwoConnectionsACoreAndOneMore() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(Main.parse(new String[0], Map.of()).maxPoolSize()).isEqualTo(2 * cores + 1);
        assertThat(Main.parse(new String[0], Map.of("BILHETERIA_DB_POOL", "9")).maxPoolSize()).isEqualTo(9);
        assertThat(Main.parse(new String[] {"--db-pool", "7"}, Map.of("BILHETERIA_DB_POOL", "9")).maxPoolSize())
                .isEqualTo(7);
    }

    @Test
    void aPoolSizeThatIsNoWholeNumberInRangeIsRefused() {
        for (String bad : new String[] {"many", "0", "1", "1001", "2.5"}) {
            assertThatThrownBy(() -> Main.parse(new String[] {"--db-pool", bad}, Map.of())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("not " + bad);
        }
        assertThatThrownBy(() -> Main.parse(new String[] {"--db-pool"}, Map.of()))
                .hasMessage("--db-pool needs a value");
    }
}
