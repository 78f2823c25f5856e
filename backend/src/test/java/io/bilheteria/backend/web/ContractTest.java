package io.bilheteria.backend.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.bilheteria.backend.Services;
import io.bilheteria.backend.idempotency.IdempotencyRepository;
import io.bilheteria.backend.testing.TestBackend;
import io.bilheteria.backend.testing.TestDatabase;
import io.javalin.Javalin;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served {@code /openapi.json} against the routes Javalin registered: every route documented
 * and every documented route registered, each operation named, tagged, with its path parameters
 * and its security (matching the route's roles), and the document valid to swagger-parser.
 */
class ContractTest {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** The roles line of an operation's description: "Roles: KIOSK, CASHIER" or "Roles: public". */
    private static final Pattern ROLES_LINE = Pattern.compile("Roles: ([^.\\n(]*)");

    private static TestBackend backend;
    private static OpenAPI openApi;
    private static List<String> parserMessages;
    /** "METHOD /path" of every documented operation. */
    private static Map<String, Operation> documented;
    /** "METHOD /path" of every route Javalin registered, with the roles it admits. */
    private static Map<String, Set<String>> registered;

    @BeforeAll
    static void readTheDocumentAndTheRoutes() throws Exception {
        backend = TestBackend.start(TestDatabase.h2());
        HttpResponse<String> served = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(backend.baseUrl() + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);

        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
        parserMessages = parsed.getMessages() == null ? List.of() : parsed.getMessages();
        openApi = parsed.getOpenAPI();
        assertThat(openApi).as("swagger-parser read the document: %s", parserMessages).isNotNull();
        documented = operations(openApi);
        registered = routes(backend.server().services());
    }

    @AfterAll
    static void stop() {
        if (backend != null) {
            backend.close();
        }
    }

    @Test
    void theDocumentIsValid() {
        assertThat(parserMessages).as("swagger-parser's messages on /openapi.json").isEmpty();
        assertThat(openApi.getOpenapi()).startsWith("3.");
    }

    @Test
    void everyRegisteredRouteIsDocumented() {
        assertThat(registered).as("routes registered in Javalin").isNotEmpty();
        assertThat(difference(registered.keySet(), documented.keySet()))
                .as("routes registered in ApiServer/BackOfficeRoutes but missing from openapi.json").isEmpty();
    }

    @Test
    void everyDocumentedRouteIsRegistered() {
        assertThat(difference(documented.keySet(), registered.keySet()))
                .as("operations in openapi.json that no route serves").isEmpty();
    }

    @Test
    void everyOperationHasAUniqueReadableOperationId() {
        Map<String, List<String>> byId = new TreeMap<>();
        List<String> unnamed = new ArrayList<>();
        documented.forEach((route, op) -> {
            if (op.getOperationId() == null || !CAMEL_CASE.matcher(op.getOperationId()).matches()) {
                unnamed.add(route + " -> " + op.getOperationId());
            } else {
                byId.computeIfAbsent(op.getOperationId(), id -> new ArrayList<>()).add(route);
            }
        });
        assertThat(unnamed).as("operations without a camelCase operationId").isEmpty();
        assertThat(byId.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString).toList())
                .as("operationIds used twice").isEmpty();
    }

    @Test
    void everyOperationHasOneDeclaredTag() {
        Set<String> declared = openApi.getTags() == null ? Set.of()
                : openApi.getTags().stream().filter(t -> t.getDescription() != null && !t.getDescription().isBlank())
                .map(Tag::getName).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        documented.forEach((route, op) -> {
            List<String> tags = op.getTags() == null ? List.of() : op.getTags();
            if (tags.size() != 1 || !declared.contains(tags.get(0))) {
                wrong.add(route + " " + tags);
            }
        });
        assertThat(wrong).as("operations without exactly one tag declared (with a description) at the top").isEmpty();
        Set<String> used = documented.values().stream().flatMap(op -> op.getTags().stream()).collect(Collectors.toSet());
        assertThat(difference(declared, used)).as("tags no operation uses").isEmpty();
    }

    @Test
    void everyOperationDeclaresItsPathParameters() {
        List<String> wrong = new ArrayList<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            Set<String> inPath = new TreeSet<>();
            Matcher m = PATH_PARAMETER.matcher(path);
            while (m.find()) {
                inPath.add(m.group(1));
            }
            Set<String> declared = new TreeSet<>();
            List<Parameter> parameters = new ArrayList<>();
            if (item.getParameters() != null) {
                parameters.addAll(item.getParameters());
            }
            if (op.getParameters() != null) {
                parameters.addAll(op.getParameters());
            }
            for (Parameter p : parameters) {
                if ("path".equals(p.getIn())) {
                    declared.add(p.getName());
                    if (!Boolean.TRUE.equals(p.getRequired())) {
                        wrong.add(method + " " + path + ": path parameter " + p.getName() + " not required");
                    }
                }
            }
            if (!inPath.equals(declared)) {
                wrong.add(method + " " + path + ": in the path " + inPath + ", declared " + declared);
            }
        }));
        assertThat(wrong).isEmpty();
    }

    /**
     * Security stated on each operation and true to the route: a route without roles is public
     * ({@code security: []}, or an optional bearer {@code [{}, {bearer: []}]}); a route with roles
     * requires the bearer scheme, and its description's "Roles:" line names exactly those roles.
     */
    @Test
    void everyOperationStatesItsSecurityAsTheRouteEnforcesIt() {
        Set<String> schemes = openApi.getComponents().getSecuritySchemes().keySet();
        List<String> wrong = new ArrayList<>();
        documented.forEach((route, op) -> {
            Set<String> roles = registered.get(route);
            if (roles == null) {
                return; // not a route: everyDocumentedRouteIsRegistered says so
            }
            List<SecurityRequirement> security = op.getSecurity();
            String documentedRoles = rolesLine(op.getDescription());
            if (security == null) {
                wrong.add(route + ": no security (say [] when public)");
                return;
            }
            boolean anonymousAllowed = security.isEmpty() || security.stream().anyMatch(Map::isEmpty);
            security.forEach(requirement -> requirement.keySet().stream().filter(s -> !schemes.contains(s))
                    .forEach(s -> wrong.add(route + ": unknown security scheme " + s)));
            if (roles.isEmpty()) {
                if (!anonymousAllowed) {
                    wrong.add(route + ": public route documented as requiring a token");
                }
                if (!"public".equals(documentedRoles)) {
                    wrong.add(route + ": public route whose description says 'Roles: " + documentedRoles + "'");
                }
            } else {
                if (anonymousAllowed) {
                    wrong.add(route + ": route admitting only " + roles + " documented as public");
                }
                Set<String> described = documentedRoles == null ? Set.of()
                        : Arrays.stream(documentedRoles.split(",")).map(String::trim).collect(Collectors.toSet());
                if (!described.equals(roles)) {
                    wrong.add(route + ": route admits " + new TreeSet<>(roles) + ", description says " + described);
                }
                if (!op.getResponses().containsKey("401")) {
                    wrong.add(route + ": a route with roles answers 401 without a token; undocumented");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationHasASummaryAndDescribedResponsesIncludingASuccess() {
        List<String> wrong = new ArrayList<>();
        documented.forEach((route, op) -> {
            if (op.getSummary() == null || op.getSummary().isBlank()) {
                wrong.add(route + ": no summary");
            }
            if (op.getResponses() == null || op.getResponses().keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                wrong.add(route + ": no 2xx response");
                return;
            }
            op.getResponses().forEach((code, response) -> {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    wrong.add(route + " " + code + ": response without a description");
                }
            });
        });
        assertThat(wrong).isEmpty();
    }

    private static String rolesLine(String description) {
        Matcher m = ROLES_LINE.matcher(description == null ? "" : description);
        return m.find() ? m.group(1).trim() : null;
    }

    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> ops = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((PathItem.HttpMethod method, Operation op) ->
                ops.put(method + " " + path, op)));
        return ops;
    }

    /**
     * The routes as Javalin holds them: the app is built by {@link ApiServer#create} exactly as
     * {@code BackendServer} builds it (not started), and its router lists what was registered.
     */
    private static Map<String, Set<String>> routes(Services services) {
        Javalin app = ApiServer.create(services, new IdempotencyRepository(services.tx(), services.clock()),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), List.of());
        Map<String, Set<String>> routes = new TreeMap<>();
        for (ParsedEndpoint parsed : app.unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
            Endpoint endpoint = parsed.getEndpoint();
            if (endpoint.getMethod().isHttpMethod()) {
                routes.put(endpoint.getMethod().name() + " " + endpoint.getPath(), endpoint.getRoles().stream()
                        .map(r -> ((Allowed) r).role().name()).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        return routes;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
