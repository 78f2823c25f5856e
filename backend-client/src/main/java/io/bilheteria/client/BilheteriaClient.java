package io.bilheteria.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bilheteria.api.admin.AccountChange;
import io.bilheteria.api.admin.AccountDraft;
import io.bilheteria.api.admin.Backup;
import io.bilheteria.api.admin.BackupList;
import io.bilheteria.api.admin.Partner;
import io.bilheteria.api.admin.PartnerDraft;
import io.bilheteria.api.admin.PartnerList;
import io.bilheteria.api.admin.StaffAccount;
import io.bilheteria.api.admin.StaffAccountList;
import io.bilheteria.api.auth.LoginRequest;
import io.bilheteria.api.auth.LoginResponse;
import io.bilheteria.api.catalog.EventPage;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.catalog.Seat;
import io.bilheteria.api.catalog.SeatMap;
import io.bilheteria.api.catalog.SessionSummary;
import io.bilheteria.api.checkin.CheckinBatch;
import io.bilheteria.api.checkin.CheckinBatchResult;
import io.bilheteria.api.checkin.CheckinRequest;
import io.bilheteria.api.checkin.CheckinResult;
import io.bilheteria.api.checkin.PublicKeyInfo;
import io.bilheteria.api.vouchers.RedeemBatch;
import io.bilheteria.api.vouchers.RedeemBatchResult;
import io.bilheteria.api.vouchers.RedeemRequest;
import io.bilheteria.api.vouchers.RedeemResult;
import io.bilheteria.api.checkin.SessionTickets;
import io.bilheteria.api.customers.Customer;
import io.bilheteria.api.customers.CustomerList;
import io.bilheteria.api.customers.CustomerRegistration;
import io.bilheteria.api.holds.Hold;
import io.bilheteria.api.holds.HoldRequest;
import io.bilheteria.api.queue.QueuePosition;
import io.bilheteria.api.shifts.Shift;
import io.bilheteria.api.shifts.ShiftReport;
import io.bilheteria.api.orders.CancelRequest;
import io.bilheteria.api.orders.Card;
import io.bilheteria.api.orders.CollectRequest;
import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderCreated;
import io.bilheteria.api.orders.OrderRequest;
import io.bilheteria.api.orders.OrderSummaries;
import io.bilheteria.api.orders.PaymentRequest;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Suggestions;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.partners.EventDraft;
import io.bilheteria.api.partners.LayoutSpec;
import io.bilheteria.api.partners.ManagedSection;
import io.bilheteria.api.partners.ProductDraft;
import io.bilheteria.api.partners.SeatEdit;
import io.bilheteria.api.partners.SectionDraft;
import io.bilheteria.api.partners.SectionList;
import io.bilheteria.api.partners.SessionDraft;
import io.bilheteria.api.problems.Problem;
import io.bilheteria.api.products.Product;
import io.bilheteria.api.products.ProductList;
import io.bilheteria.api.reports.PlatformReport;
import io.bilheteria.api.reports.SalesBucket;
import io.bilheteria.api.reports.SalesReport;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Typed client of the Bilheteria HTTP API v1. Thread-safe: one instance serves a whole app.
 *
 * <p>Every failure is an {@link ApiException}. Retries happen only where a repeat cannot sell a
 * seat or charge a card twice: GET and DELETE, and requests carrying an {@code Idempotency-Key}
 * (which the backend answers by replaying the first result). That is why holds, orders, payments
 * and cancellations always send one, while login and check-in (a repeated scan would read as
 * {@code ALREADY_USED}) are sent exactly once. A batch of offline scans is retried: each scan
 * carries the gate's own id, which the backend uses to answer a repeat as the first time.
 */
public final class BilheteriaClient {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String API_PREFIX = "api/v1";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String REQUEST_ID = "X-Request-Id";
    private static final long BACKOFF_BASE_MILLIS = 100;
    /** Longer than the backend's lease on an Idempotency-Key (10 s), after which a repeat takes over. */
    private static final long MAX_WAIT_FOR_SAME_KEY_MILLIS = 15_000;
    private static final int MAX_ERROR_SNIPPET = 200;
    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // an older client must keep working against a newer backend
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final int maxRetries;
    private final Supplier<String> requestIds;
    private volatile String token;

    private BilheteriaClient(HttpUrl baseUrl, OkHttpClient http, int maxRetries, Supplier<String> requestIds,
                             String token) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.maxRetries = maxRetries;
        this.requestIds = requestIds;
        this.token = token;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client acting as someone else (e.g. a cashier's session next to the kiosk's) that shares
     * this one's connections and settings.
     */
    public BilheteriaClient withToken(String token) {
        return new BilheteriaClient(baseUrl, http, maxRetries, requestIds, token);
    }

    /** The bearer token sent with each call, or null before {@link #login}. */
    public String token() {
        return token;
    }

    /** Logs in and keeps the token for the following calls. */
    public LoginResponse login(String username, String password) {
        LoginResponse response = execute(post(api("auth", "login"), new LoginRequest(username, password), null),
                LoginResponse.class);
        token = response.token();
        return response;
    }

    /**
     * Revokes this client's token on every backend sharing the database, and forgets it also when
     * the backend could not be reached (then the token lives until it expires, and this throws
     * {@link BackendUnavailableException}). A token the backend no longer knows (expired, revoked
     * already) counts as logged out. Does nothing without a token.
     */
    public void logout() {
        if (token == null) {
            return;
        }
        try {
            execute(post(api("auth", "logout"), Map.of(), null), Void.class);
        } catch (UnauthorizedException alreadyGone) {
            // nothing left to revoke
        } finally {
            token = null;
        }
    }

    public Customer registerCustomer(CustomerRegistration registration) {
        return execute(post(api("customers"), registration, null), Customer.class);
    }

    /** The customers with this email or CPF (give one, the other null), for a cashier. */
    public CustomerList findCustomers(String email, String cpf) {
        HttpUrl.Builder url = api("customers");
        if (email != null) {
            url.addQueryParameter("email", email);
        }
        if (cpf != null) {
            url.addQueryParameter("cpf", cpf);
        }
        return execute(get(url), CustomerList.class);
    }

    /** Any argument may be null to leave that filter out. */
    public EventPage events(String q, Instant from, Instant to) {
        HttpUrl.Builder url = api("events");
        if (q != null) {
            url.addQueryParameter("q", q);
        }
        if (from != null) {
            url.addQueryParameter("from", from.toString());
        }
        if (to != null) {
            url.addQueryParameter("to", to.toString());
        }
        return execute(get(url), EventPage.class);
    }

    public EventSummary event(String eventId) {
        return execute(get(api("events", eventId)), EventSummary.class);
    }

    public ProductList products(String eventId) {
        return execute(get(api("events", eventId, "products")), ProductList.class);
    }

    public SeatMap seatMap(String sessionId) {
        return execute(get(api("sessions", sessionId, "seatmap")), SeatMap.class);
    }

    /**
     * Opens the live stream of a session's seat changes: after {@code lastEventId} (a
     * {@link LiveStream#lastEventId()} of an earlier stream), or from now on when null.
     */
    public LiveStream followSession(String sessionId, String lastEventId, LiveStream.Listener listener) {
        return new LiveStream(http, request(api("sessions", sessionId, "events")), lastEventId, MAPPER, listener);
    }

    /** Opens the live stream of the availability of an event's sessions. */
    public LiveStream followAvailability(String eventId, LiveStream.Listener listener) {
        return new LiveStream(http, request(api("events", eventId, "availability")), null, MAPPER, listener);
    }

    public Hold hold(HoldRequest request) {
        return execute(post(api("holds"), request, newKey()), Hold.class);
    }

    /** Holds seats of a session that sells online through a virtual queue, with the admission token. */
    public Hold hold(HoldRequest request, String queueToken) {
        Request plain = post(api("holds"), request, newKey());
        return execute(plain.newBuilder().header("X-Queue-Token", Objects.requireNonNull(queueToken)).build(),
                Hold.class);
    }

    /** Joins the virtual queue of a session (customers, online only). */
    public QueuePosition joinQueue(String sessionId) {
        return execute(post(api("sessions", sessionId, "queue"), Map.of(), newKey()), QueuePosition.class);
    }

    /** Where a queue entry stands; carries the admission token once, when admitted. */
    public QueuePosition queuePosition(String entryId) {
        return execute(get(api("queue", entryId)), QueuePosition.class);
    }

    public Hold getHold(String holdId) {
        return execute(get(api("holds", holdId)), Hold.class);
    }

    public Hold extendHold(String holdId) {
        return execute(post(api("holds", holdId, "extend"), Map.of(), newKey()), Hold.class);
    }

    public void releaseHold(String holdId) {
        execute(request(api("holds", holdId)).delete().build(), Void.class);
    }

    public OrderCreated createOrder(OrderRequest request) {
        return execute(post(api("orders"), request, newKey()), OrderCreated.class);
    }

    /**
     * Pays an order. Pass the same {@code idempotencyKey} when the user retries after an unclear
     * outcome (e.g. the app crashed mid-call): the backend then answers with the first result
     * instead of charging again.
     */
    public PaymentResult pay(String orderId, Card card, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return execute(post(api("orders", orderId, "payment"), new PaymentRequest(card), idempotencyKey),
                PaymentResult.class);
    }

    /** Pays with a fresh idempotency key: safe against the client's own retries only. */
    public PaymentResult pay(String orderId, Card card) {
        return pay(orderId, card, newKey());
    }

    public Order order(String orderId) {
        return execute(get(api("orders", orderId)), Order.class);
    }

    /**
     * The tickets of an order bought online or by phone, to print at a kiosk: its code and the
     * buyer's e-mail or CPF (one of them null). Printed before, they come with new codes.
     */
    public Order collect(String code, String email, String cpf) {
        return execute(post(api("orders", "collect"), new CollectRequest(code, email, cpf), newKey()), Order.class);
    }

    /** What to offer after this order: the event's products not in it, and its other sessions with seats. */
    public Suggestions suggestions(String orderId) {
        return execute(get(api("orders", orderId, "suggestions")), Suggestions.class);
    }

    public Order orderByCode(String code) {
        return execute(get(api("orders").addQueryParameter("code", Objects.requireNonNull(code, "code"))),
                Order.class);
    }

    /** The orders bought with this e-mail (on the order or the customer's account), newest first: box office and partners. */
    public OrderSummaries ordersByEmail(String email) {
        return execute(get(api("orders").addQueryParameter("email", Objects.requireNonNull(email, "email"))),
                OrderSummaries.class);
    }

    /** The orders of the customer with this CPF, newest first: box office and partners. */
    public OrderSummaries ordersByCpf(String cpf) {
        return execute(get(api("orders").addQueryParameter("cpf", Objects.requireNonNull(cpf, "cpf"))),
                OrderSummaries.class);
    }

    /** Cancels and refunds a paid order; same key, same outcome, as for {@link #pay(String, Card, String)}. */
    public Order cancelOrder(String orderId, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return execute(post(api("orders", orderId, "cancel"), Map.of(), idempotencyKey), Order.class);
    }

    public Order cancelOrder(String orderId) {
        return cancelOrder(orderId, newKey());
    }

    /**
     * Refunds only these tickets of a paid order (their seats go back on sale); same key, same
     * outcome. The order is PARTIALLY_REFUNDED, or REFUNDED once nothing is left.
     */
    public Order refundTickets(String orderId, List<String> ticketIds, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return execute(post(api("orders", orderId, "cancel"), new CancelRequest(ticketIds), idempotencyKey),
                Order.class);
    }

    public Order refundTickets(String orderId, List<String> ticketIds) {
        return refundTickets(orderId, ticketIds, newKey());
    }

    /**
     * Prints a ticket again: the answer carries a new code ({@code qr}) and the
     * {@code reprintCount} to print on it; the earlier printout no longer enters. Pass the same
     * key when retrying after an unclear outcome, or a second reprint is made.
     */
    public Ticket reprintTicket(String orderId, String ticketId, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        return execute(post(api("orders", orderId, "tickets", ticketId, "reprint"), Map.of(), idempotencyKey),
                Ticket.class);
    }

    /** Opens the cashier's shift (409 if one is open): a cashier's payments and refunds need one. */
    public Shift openShift() {
        return execute(post(api("shifts"), Map.of(), newKey()), Shift.class);
    }

    /** The cashier's open shift; {@link NotFoundException} when there is none. */
    public Shift currentShift() {
        return execute(get(api("shifts", "current")), Shift.class);
    }

    /** Closes the cashier's shift and answers its report (again, for a shift already closed). */
    public ShiftReport closeShift(String shiftId) {
        return execute(post(api("shifts", shiftId, "close"), Map.of(), newKey()), ShiftReport.class);
    }

    public PublicKeyInfo publicKey() {
        return execute(get(api("checkin", "public-key")), PublicKeyInfo.class);
    }

    /**
     * One scan at a gate admitting {@code sessionIds}: a ticket for another session answers
     * WRONG_SESSION with the session it is for ({@code ticketSessionId}, {@code ticketStartsAt}).
     */
    public CheckinResult checkin(String qr, String gateId, List<String> sessionIds) {
        return execute(post(api("checkins"), new CheckinRequest(qr, gateId, sessionIds), null), CheckinResult.class);
    }

    /**
     * Sends scans a gate made offline. Safe to repeat, so it is retried like a GET: the backend
     * answers a scan id it has seen with the answer it gave the first time.
     */
    public CheckinBatchResult checkinBatch(CheckinBatch batch) {
        return execute(post(api("checkins", "batch"), batch, null), CheckinBatchResult.class, true);
    }

    /** A voucher scanned at a concession counter online: hand the product over only when REDEEMED. */
    public RedeemResult redeemVoucher(String code, String counterId) {
        return execute(post(api("vouchers", "redeem"), new RedeemRequest(code, counterId), null), RedeemResult.class);
    }

    /** An offline counter's scans, sent when it is back: one answer per scan, conflicts marked. */
    public RedeemBatchResult redeemVouchers(RedeemBatch batch) {
        return execute(post(api("vouchers", "redeem", "batch"), batch, null), RedeemBatchResult.class);
    }

    /**
     * A session's tickets for a gate: all of them with a null {@code since}, otherwise those
     * changed since that cursor (the {@code cursor} of the previous answer).
     */
    public SessionTickets sessionTickets(String sessionId, String since) {
        HttpUrl.Builder url = api("sessions", sessionId, "tickets");
        if (since != null) {
            url.addQueryParameter("since", since);
        }
        return execute(get(url), SessionTickets.class);
    }

    // ---- partner back office: a partner manages its own events, an admin any

    /** The caller's events (an admin's: all, or one partner's with a non-null {@code partnerId}). */
    public EventPage partnerEvents(String partnerId) {
        HttpUrl.Builder url = api("partner", "events");
        if (partnerId != null) {
            url.addQueryParameter("partnerId", partnerId);
        }
        return execute(get(url), EventPage.class);
    }

    public EventSummary createEvent(EventDraft draft) {
        return execute(post(api("partner", "events"), draft, newKey()), EventSummary.class);
    }

    /** Changes the non-null fields of the draft. */
    public EventSummary editEvent(String eventId, EventDraft draft) {
        return execute(send("PATCH", api("partner", "events", eventId), draft), EventSummary.class);
    }

    public SectionList sections(String eventId) {
        return execute(get(api("partner", "events", eventId, "sections")), SectionList.class);
    }

    public ManagedSection createSection(String eventId, SectionDraft draft) {
        return execute(post(api("partner", "events", eventId, "sections"), draft, newKey()), ManagedSection.class);
    }

    public ManagedSection editSection(String sectionId, SectionDraft draft) {
        return execute(send("PATCH", api("partner", "sections", sectionId), draft), ManagedSection.class);
    }

    public SessionSummary createSession(String eventId, SessionDraft draft) {
        return execute(post(api("partner", "events", eventId, "sessions"), draft, newKey()), SessionSummary.class);
    }

    public SessionSummary editSession(String sessionId, SessionDraft draft) {
        return execute(send("PATCH", api("partner", "sessions", sessionId), draft), SessionSummary.class);
    }

    /** Deletes a session nothing was sold for (409 otherwise). */
    public void deleteSession(String sessionId) {
        execute(delete(api("partner", "sessions", sessionId)), Void.class);
    }

    /** A section's seats, as a seat map without a session. */
    public SeatMap sectionLayout(String sectionId) {
        return execute(get(api("partner", "sections", sectionId, "layout")), SeatMap.class);
    }

    /** The seats {@code spec} would generate, saving nothing; for a preview on the seat map view. */
    public SeatMap previewLayout(String sectionId, LayoutSpec spec) {
        return execute(post(api("partner", "sections", sectionId, "layout", "preview"), spec, null), SeatMap.class,
                true);
    }

    /** Replaces a section's seats in every session (409 once any is sold or held). */
    public SeatMap replaceLayout(String sectionId, LayoutSpec spec) {
        return execute(send("PUT", api("partner", "sections", sectionId, "layout"), spec), SeatMap.class);
    }

    public Seat editSeat(String seatId, SeatEdit edit) {
        return execute(send("PATCH", api("partner", "seats", seatId), edit), Seat.class);
    }

    public void removeSeat(String seatId) {
        execute(delete(api("partner", "seats", seatId)), Void.class);
    }

    public Product createProduct(String eventId, ProductDraft draft) {
        return execute(post(api("partner", "events", eventId, "products"), draft, newKey()), Product.class);
    }

    public Product editProduct(String productId, ProductDraft draft) {
        return execute(send("PATCH", api("partner", "products", productId), draft), Product.class);
    }

    /** {@code bucket} and {@code zone} (whose hours and days the series counts; UTC when null) may be null. */
    public SalesReport eventReport(String eventId, SalesBucket bucket, ZoneId zone) {
        return execute(get(report(api("partner", "events", eventId, "report"), bucket, zone, null)), SalesReport.class);
    }

    public SalesReport sessionReport(String sessionId, SalesBucket bucket, ZoneId zone) {
        return execute(get(report(api("partner", "sessions", sessionId, "report"), bucket, zone, null)),
                SalesReport.class);
    }

    /** The event's report as CSV text, for a spreadsheet. */
    public String eventReportCsv(String eventId, SalesBucket bucket, ZoneId zone) {
        return execute(get(report(api("partner", "events", eventId, "report"), bucket, zone, "csv")), String.class);
    }

    /** One session's report as CSV text, for a spreadsheet. */
    public String sessionReportCsv(String sessionId, SalesBucket bucket, ZoneId zone) {
        return execute(get(report(api("partner", "sessions", sessionId, "report"), bucket, zone, "csv")), String.class);
    }

    // ---- admin

    public PartnerList partners() {
        return execute(get(api("admin", "partners")), PartnerList.class);
    }

    public Partner createPartner(PartnerDraft draft) {
        return execute(post(api("admin", "partners"), draft, newKey()), Partner.class);
    }

    /** Renames, sets the fee or enables/disables a partner: the non-null fields of the draft. */
    public Partner editPartner(String partnerId, PartnerDraft draft) {
        return execute(send("PATCH", api("admin", "partners", partnerId), draft), Partner.class);
    }

    /** Staff accounts, of one partner with a non-null {@code partnerId}. */
    public StaffAccountList staffAccounts(String partnerId) {
        HttpUrl.Builder url = api("admin", "accounts");
        if (partnerId != null) {
            url.addQueryParameter("partnerId", partnerId);
        }
        return execute(get(url), StaffAccountList.class);
    }

    public StaffAccount createStaffAccount(AccountDraft draft) {
        return execute(post(api("admin", "accounts"), draft, newKey()), StaffAccount.class);
    }

    /** Enables/disables an account or sets its password. */
    public StaffAccount changeStaffAccount(String accountId, AccountChange change) {
        return execute(send("PATCH", api("admin", "accounts", accountId), change), StaffAccount.class);
    }

    public PlatformReport platformReport() {
        return execute(get(api("admin", "report")), PlatformReport.class);
    }

    /** Admin: backs the embedded database up now, while it sells. */
    public Backup backUpNow() {
        return execute(post(api("admin", "backups"), Map.of(), newKey()), Backup.class);
    }

    /** Admin: the backups kept, newest first. */
    public BackupList backups() {
        return execute(get(api("admin", "backups")), BackupList.class);
    }

    /** For status screens: answers false instead of throwing, and does not retry, so it stays fast. */
    public boolean health() {
        Request request = new Request.Builder().url(baseUrl.newBuilder().addPathSegment("health").build()).build();
        try (Response response = http.newCall(request).execute()) {
            return response.code() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Sends a request as given, for tests of malformed input: no retry, and any status is returned
     * rather than thrown. Only a transport failure throws ({@link BackendUnavailableException}).
     * POST, PUT and PATCH without a body send an empty one; GET with a body is refused by OkHttp.
     * The caller's headers override the defaults (Accept, Authorization, Content-Type).
     *
     * @param pathUnderApiV1 path and optional query, such as {@code /orders?code=X}
     */
    public RawResponse raw(String method, String pathUnderApiV1, String jsonBodyOrNull, Map<String, String> headers) {
        String path = pathUnderApiV1.startsWith("/") ? pathUnderApiV1 : "/" + pathUnderApiV1;
        HttpUrl url = HttpUrl.get(baseUrl.newBuilder().addPathSegments(API_PREFIX).build() + path);
        Map<String, String> extra = headers == null ? Map.of() : headers;
        String contentType = extra.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
        RequestBody body = null;
        if (jsonBodyOrNull != null || METHODS_WITH_BODY.contains(method)) {
            byte[] bytes = jsonBodyOrNull == null ? new byte[0] : jsonBodyOrNull.getBytes(StandardCharsets.UTF_8);
            body = RequestBody.create(bytes, contentType == null ? JSON : MediaType.parse(contentType));
        }
        Request.Builder builder = request(url.newBuilder()).method(method, body);
        extra.forEach(builder::header);
        try (Response response = http.newCall(builder.build()).execute()) {
            Map<String, List<String>> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            received.putAll(response.headers().toMultimap());
            return new RawResponse(response.code(), Collections.unmodifiableMap(received), bodyText(response));
        } catch (IOException e) {
            throw new BackendUnavailableException(e);
        }
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private HttpUrl.Builder api(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments(API_PREFIX);
        for (String segment : segments) {
            url.addPathSegment(Objects.requireNonNull(segment, "path segment"));
        }
        return url;
    }

    private Request.Builder request(HttpUrl.Builder url) {
        Request.Builder builder = new Request.Builder().url(url.build()).header("Accept", "application/json");
        String bearer = token;
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        String requestId = requestIds == null ? null : requestIds.get();
        if (requestId != null) {
            builder.header(REQUEST_ID, requestId);
        }
        return builder;
    }

    private Request get(HttpUrl.Builder url) {
        return request(url).get().build();
    }

    /** A state change other than POST, with a fresh idempotency key so retries are safe. */
    private Request send(String method, HttpUrl.Builder url, Object body) {
        Request post = post(url, body, newKey());
        return post.newBuilder().method(method, post.body()).build();
    }

    private Request delete(HttpUrl.Builder url) {
        return request(url).delete().header(IDEMPOTENCY_KEY, newKey()).build();
    }

    private static HttpUrl.Builder report(HttpUrl.Builder url, SalesBucket bucket, ZoneId zone, String format) {
        if (bucket != null) {
            url.addQueryParameter("bucket", bucket.name());
        }
        if (zone != null) {
            url.addQueryParameter("zone", zone.getId());
        }
        if (format != null) {
            url.addQueryParameter("format", format);
        }
        return url;
    }

    private Request post(HttpUrl.Builder url, Object body, String idempotencyKey) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        Request.Builder builder = request(url).post(RequestBody.create(json, JSON));
        if (idempotencyKey != null) {
            builder.header(IDEMPOTENCY_KEY, idempotencyKey);
        }
        return builder.build();
    }

    /** Sends, retrying transient failures when the request is safe to repeat, and maps the answer. */
    private <T> T execute(Request request, Class<T> type) {
        return execute(request, type, request.method().equals("GET") || request.method().equals("DELETE")
                || request.header(IDEMPOTENCY_KEY) != null);
    }

    private <T> T execute(Request request, Class<T> type, boolean repeatable) {
        long waitedForSameKey = 0;
        for (int attempt = 0; ; attempt++) {
            boolean mayRetry = repeatable && attempt < maxRetries;
            try (Response response = http.newCall(request).execute()) {
                if (response.isSuccessful()) {
                    return read(response, type);
                }
                long comeBackIn = sameKeyStillRunning(request, response);
                if (comeBackIn > 0 && waitedForSameKey + comeBackIn <= MAX_WAIT_FOR_SAME_KEY_MILLIS) {
                    // an earlier call with this key was cut off: once its lease ends, this repeat finishes it
                    waitedForSameKey += comeBackIn;
                    attempt--;
                    pause(comeBackIn);
                    continue;
                }
                if (!mayRetry || !isTransient(response.code())) {
                    throw ApiException.of(response.code(), problemOf(response));
                }
            } catch (IOException e) {
                if (!mayRetry) {
                    throw new BackendUnavailableException(e);
                }
            }
            backOff(attempt);
        }
    }

    private static boolean isTransient(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    /**
     * The milliseconds the backend asks us to wait when another call with this request's
     * Idempotency-Key still holds it (409 payment-in-progress with Retry-After); 0 otherwise.
     */
    private static long sameKeyStillRunning(Request request, Response response) {
        String retryAfter = response.header("Retry-After");
        if (response.code() != 409 || retryAfter == null || request.header(IDEMPOTENCY_KEY) == null) {
            return 0;
        }
        try {
            return Math.min(Long.parseLong(retryAfter.trim()), 10) * 1000;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void backOff(int attempt) {
        pause(BACKOFF_BASE_MILLIS << attempt);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException(new InterruptedIOException("interrupted while waiting to retry"));
        }
    }

    private static <T> T read(Response response, Class<T> type) throws IOException {
        String body = bodyText(response);
        if (type == Void.class || body.isEmpty()) {
            return null;
        }
        if (type == String.class) {
            return type.cast(body); // a text answer such as a CSV export
        }
        try {
            return MAPPER.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ApiException(response.code(), new Problem("about:blank", "Unreadable response", response.code(),
                    "expected " + type.getSimpleName() + ": " + e.getOriginalMessage(), null, null, null), e);
        }
    }

    /** The problem document of an error answer, or a stand-in when the body is not one (e.g. a proxy's HTML page). */
    private static Problem problemOf(Response response) throws IOException {
        String body = bodyText(response);
        Problem problem = parseProblem(body);
        if (problem != null && problem.title() != null) {
            return problem;
        }
        String snippet = body.isBlank() ? null : body.strip();
        if (snippet != null && snippet.length() > MAX_ERROR_SNIPPET) {
            snippet = snippet.substring(0, MAX_ERROR_SNIPPET) + "...";
        }
        if (problem != null) {
            return new Problem(problem.type(), "HTTP " + response.code(), response.code(),
                    problem.detail() != null ? problem.detail() : snippet, problem.requestId(),
                    problem.conflictingSeatIds(), problem.declineReason());
        }
        return new Problem("about:blank", "HTTP " + response.code(), response.code(), snippet,
                response.header(REQUEST_ID), null, null);
    }

    private static Problem parseProblem(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readValue(body, Problem.class);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    private static String bodyText(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    /** Settings of a {@link BilheteriaClient}; only the base URL is required. */
    public static final class Builder {
        private String baseUrl;
        private Duration connectTimeout = Duration.ofSeconds(2);
        private Duration readTimeout = Duration.ofSeconds(10);
        private int maxRetries = 2;
        private OkHttpClient httpClient;
        private Supplier<String> requestIds;

        private Builder() {
        }

        /** The server root, such as {@code http://127.0.0.1:8080}; API calls go under {@code /api/v1}. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /** Repeats after the first attempt, for requests that are safe to repeat; 0 disables retrying. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Shares this client's connection pool and threads; this builder's timeouts still apply, and
         * OkHttp's own silent retry is turned off so that the retry rules above hold.
         */
        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Source of the {@code X-Request-Id} sent with each call (e.g. the id of the user action
         * that caused it), so client and backend logs can be joined. A null result sends none.
         */
        public Builder requestIds(Supplier<String> requestIds) {
            this.requestIds = requestIds;
            return this;
        }

        public BilheteriaClient build() {
            HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
            if (url == null) {
                throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + baseUrl);
            }
            OkHttpClient.Builder http = httpClient == null ? new OkHttpClient.Builder() : httpClient.newBuilder();
            http.connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .retryOnConnectionFailure(false);
            return new BilheteriaClient(url, http.build(), maxRetries, requestIds, null);
        }
    }
}
