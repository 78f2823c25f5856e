package io.bilheteria.backend.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an operator sees: health, Prometheus metrics, and an API reference that matches the routes. */
class OperationsTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthMetricsAndTheApiReferenceAreServed() throws Exception {
        try (TestBackend backend = TestBackend.start(TestDatabase.h2())) {
            assertThat(backend.anonymous().health()).isTrue();

            var kiosk = backend.as("kiosk");
            String session = backend.theatreSession();
            String seat = backend.seatMap(session).seats().get(0).id();
            kiosk.hold(HoldRequest.seats(session, java.util.List.of(seat)));

            HttpResponse<String> metrics = get(backend, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("bilheteria_holds_total{channel=\"KIOSK\"} 1.0")
                    .contains("http_server_requests_seconds_bucket")
                    .contains("route=\"/api/v1/holds\"");

            HttpResponse<String> openApi = get(backend, "/openapi.json");
            assertThat(openApi.statusCode()).isEqualTo(200);
            JsonNode paths = new ObjectMapper().readTree(openApi.body()).get("paths");
            assertThat(paths.size()).isGreaterThanOrEqualTo(18);
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                var path = it.next();
                for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                    String method = methods.next().toUpperCase();
                    String concrete = path.getKey().replaceAll("\\{[^}]+}", "does-not-exist");
                    var answer = http.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + concrete))
                            .method(method, method.equals("GET") || method.equals("DELETE")
                                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
                            .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(answer.body()).as(method + " " + path.getKey() + " is a real route")
                            .doesNotContain("No such resource");
                }
            }
        }
    }

    private HttpResponse<String> get(TestBackend backend, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(backend.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
