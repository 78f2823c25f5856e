package io.bilheteria.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bilheteria.api.auth.Role;
import io.bilheteria.backend.auth.TokenLifetimes;
import java.time.Duration;
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

    @Test
    void tokenLifetimesArePerRoleFromTheEnvironmentAndThenTheFlags() {
        assertThat(Main.parse(new String[0], Map.of()).tokenLifetimes().of(Role.CUSTOMER)).isEqualTo(Duration.ofHours(2));
        assertThat(Main.parse(new String[0], Map.of()).tokenLifetimes().of(Role.KIOSK)).isEqualTo(Duration.ofHours(12));

        TokenLifetimes set = Main.parse(new String[] {"--token-lifetime", "customer=45m", "--token-lifetime", "Admin=1d"},
                Map.of("BILHETERIA_TOKEN_LIFETIMES", "customer=3h, gate=8h")).tokenLifetimes();

        assertThat(set.of(Role.CUSTOMER)).as("the flag wins").isEqualTo(Duration.ofMinutes(45));
        assertThat(set.of(Role.ADMIN)).isEqualTo(Duration.ofDays(1));
        assertThat(set.of(Role.GATE)).as("from the environment").isEqualTo(Duration.ofHours(8));
        assertThat(set.of(Role.CASHIER)).as("untouched").isEqualTo(Duration.ofHours(12));
    }

    @Test
    void aTokenLifetimeThatIsNoRoleAndDurationIsRefused() {
        for (String bad : new String[] {"customer", "customer=2", "visitor=2h", "customer=0m", "customer=31d", "=2h"}) {
            assertThatThrownBy(() -> Main.parse(new String[] {"--token-lifetime", bad}, Map.of())).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("not " + bad);
        }
    }

    @Test
    void trustedProxiesAreAddressesAndTheFlagsReplaceTheEnvironmentsList() {
        assertThat(Main.parse(new String[0], Map.of()).trustedProxies()).isEmpty();
        assertThat(Main.parse(new String[0], Map.of("BILHETERIA_TRUSTED_PROXIES", "10.0.0.5, ::1")).trustedProxies())
                .containsExactly("10.0.0.5", "::1");
        assertThat(Main.parse(new String[] {"--trusted-proxy", "10.0.0.7", "--trusted-proxy", "10.0.0.8"},
                Map.of("BILHETERIA_TRUSTED_PROXIES", "10.0.0.5")).trustedProxies()).containsExactly("10.0.0.7", "10.0.0.8");
        assertThatThrownBy(() -> Main.parse(new String[] {"--trusted-proxy", "proxy.example.com"}, Map.of()))
                .hasMessageEndingWith("not proxy.example.com");
    }
}
