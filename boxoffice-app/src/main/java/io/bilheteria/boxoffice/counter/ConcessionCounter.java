package io.bilheteria.boxoffice.counter;

import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.api.tickets.VoucherCode;
import io.bilheteria.api.vouchers.RedeemResult;
import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.boxoffice.counter.VoucherJournal.SyncedVoucherScan;
import io.bilheteria.boxoffice.counter.VoucherJournal.VoucherScan;
import io.bilheteria.boxoffice.counter.VoucherVerdict.Reason;
import io.bilheteria.boxoffice.offline.BackgroundSync;
import io.bilheteria.boxoffice.offline.OfflineStation;
import io.bilheteria.boxoffice.offline.SigningKey;
import io.bilheteria.boxoffice.offline.SyncSettings;
import io.bilheteria.client.ApiException;
import io.bilheteria.client.BackendUnavailableException;
import io.bilheteria.client.BilheteriaClient;
import io.bilheteria.client.UnauthorizedException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A concession counter handing over the products that product vouchers paid for, each once:
 * what the counter screen uses.
 *
 * <pre>{@code
 * client.login("gate", password);                       // a GATE account
 * ConcessionCounter counter = ConcessionCounter.open(dataDir, client, "pipoca-1", zone, settings, again);
 * VoucherVerdict v = counter.scan(textFromScanner);     // REDEEMED: hand the product over
 * counter.counts(); counter.conflicts(); counter.syncState();
 * counter.close();
 * }</pre>
 *
 * <p>Online, the backend decides each scan. When it does not answer, the counter decides by
 * itself: the voucher's signature against the key kept from the last time it was online, and
 * its journal (a voucher handed over here is refused as already handed over); each such
 * decision is on disk before it is returned, and the hand-overs are sent when the backend
 * answers again. One counter process per data directory. Thread-safe; listeners run on the
 * counter's sync thread.
 */
public final class ConcessionCounter extends OfflineStation<VoucherVerdict, HandoverCounts, VoucherConflict>
        implements RedeemingCounter {
    private static final Logger log = LoggerFactory.getLogger(ConcessionCounter.class);
    /** Journaled text is cut here: a real code is under 200 characters, anything longer is INVALID anyway. */
    static final int MAX_JOURNALED_TEXT = 400;
    /** The venue's day, for {@link HandoverCounts}, ends this long after midnight. */
    private static final Duration DAY_ENDS_AFTER_MIDNIGHT = Duration.ofHours(6);

    private final String counterId;
    private final BilheteriaClient client;
    private final Runnable signInAgain;
    private final VoucherJournal journal;
    private final SigningKey key;
    private final ProductNames products;
    private final Clock clock;
    private final ZoneId zone;
    /**
     * Whether the backend answered the last call (a scan's or a sync round's). While it does not,
     * scans are decided here at once instead of each waiting for the network to fail.
     */
    private volatile boolean backendAnswers = true;

    private ConcessionCounter(String counterId, BilheteriaClient client, Runnable signInAgain, VoucherJournal journal,
                              SigningKey key, ProductNames products, ZoneId zone, Clock clock, BackgroundSync sync) {
        super(journal, sync);
        this.counterId = counterId;
        this.client = client;
        this.signInAgain = signInAgain;
        this.journal = journal;
        this.key = key;
        this.products = products;
        this.clock = clock;
        this.zone = zone;
        sync.addListener(() -> backendAnswers = sync.state().online());
    }

    /**
     * Opens the counter's data directory and starts syncing in the background (see
     * {@link OfflineStation#open}: a counter's very first start needs the backend once, for the key).
     *
     * @param zone        the venue's, whose day the counts are of
     * @param signInAgain signs {@code client} in again (blocking) when the backend no longer takes its token, or null
     * @throws CounterUnavailableException with a message for the attendant: no key and no backend,
     *                                     the directory is unusable or in use by another counter
     */
    public static ConcessionCounter open(Path dataDir, BilheteriaClient client, String counterId, ZoneId zone,
                                         SyncSettings settings, Runnable signInAgain)
            throws CounterUnavailableException {
        if (counterId == null || counterId.isBlank() || counterId.strip().length() > 100) {
            throw new IllegalArgumentException("a counter id of 1 to 100 characters is required");
        }
        return OfflineStation.open(dataDir, client, "counter", "vouchers", VoucherJournal::open, (journal, key) -> {
            ProductNames products = ProductNames.open(dataDir.resolve("products.json"));
            BackgroundSync sync = new BackgroundSync("counter",
                    new CounterSync(client, journal, key, products, settings.clock()), journal::unsyncedCount,
                    settings, signInAgain);
            return new ConcessionCounter(counterId.strip(), client, signInAgain, journal, key, products, zone,
                    settings.clock(), sync);
        }, CounterUnavailableException::new);
    }

    /**
     * The verdict for one scanned text (a keyboard wedge's line or a serial scanner's read;
     * surrounding white space is ignored): the backend's when it answers, else the counter's
     * own. Every verdict is journalled; one the counter decided is on disk before it returns. A
     * blank text is INVALID and not recorded: a stray Enter is not a scan.
     *
     * @throws UncheckedIOException when a decision of the counter's own cannot be written to
     *                              disk: nothing may be handed over then
     */
    @Override
    public VoucherVerdict scan(String text) {
        String scanned = text == null ? "" : text.strip();
        if (scanned.isEmpty()) {
            return new VoucherVerdict(RedeemResultType.INVALID, Reason.NOT_A_VOUCHER, null, clock.instant(), null,
                    null, null, null, true);
        }
        Optional<VoucherCode.Parsed> parsed = VoucherCode.parse(scanned);
        if (parsed.isEmpty()) {
            Reason reason = TicketCode.parse(scanned).isPresent() ? Reason.A_TICKET : Reason.NOT_A_VOUCHER;
            return refuseHere(scanned, RedeemResultType.INVALID, reason, null, null, null);
        }
        VoucherCode code = parsed.get().code();
        if (!key.verifier().verify(parsed.get())) {
            return refuseHere(scanned, RedeemResultType.INVALID, Reason.FORGED_OR_ALTERED, code, null, null);
        }
        if (backendAnswers && settled(code.voucherId()).isEmpty()) {
            Optional<RedeemResult> answer = ask(scanned);
            if (answer.isPresent()) {
                return recordAnswer(scanned, code, answer.get());
            }
        }
        return decideHere(scanned, code);
    }

    /** The backend's answer, or empty when it does not give one (the counter then decides). */
    private Optional<RedeemResult> ask(String code) {
        try {
            try {
                return Optional.of(client.redeemVoucher(code, counterId));
            } catch (UnauthorizedException expired) {
                if (signInAgain == null) {
                    throw expired;
                }
                signInAgain.run();
                return Optional.of(client.redeemVoucher(code, counterId));
            }
        } catch (BackendUnavailableException away) {
            backendAnswers = false;
            log.info("the backend did not answer a voucher scan, the counter decides offline: {}", away.getMessage());
            return Optional.empty();
        } catch (ApiException refused) {
            log.warn("the backend refused a voucher scan, the counter decides offline", refused);
            return Optional.empty();
        }
    }

    /**
     * Journals what the backend decided. The backend's record is the one that counts here: when
     * the journal cannot be written the verdict still stands (a voucher the backend just redeemed
     * must be handed over, or it is lost to its buyer).
     */
    private VoucherVerdict recordAnswer(String scanned, VoucherCode code, RedeemResult answer) {
        backendAnswers = true;
        products.learn(code.productId(), answer.productName());
        String product = answer.productName() != null ? answer.productName()
                : products.name(code.productId()).orElse(null);
        Reason reason = switch (answer.result()) {
            case REDEEMED -> Reason.HANDED_OVER;
            case ALREADY_REDEEMED -> Reason.HANDED_OVER_BEFORE;
            case REVOKED -> Reason.REFUNDED;
            case INVALID -> Reason.UNKNOWN;
        };
        VoucherScan scan = new VoucherScan(UUID.randomUUID().toString(), counterId, clock.instant(), scanned,
                answer.result(), reason, code.voucherId(), code.productId(), product, answer.redeemedAt(),
                answer.counterId(), false);
        try {
            journal.append(scan);
        } catch (UncheckedIOException e) {
            log.error("the backend's answer to voucher scan {} could not be journalled; it stands", scan.scanId(), e);
        }
        return verdict(scan);
    }

    /** Decides with what the counter knows, and journals the decision before returning it. */
    private synchronized VoucherVerdict decideHere(String scanned, VoucherCode code) {
        Optional<VoucherScan> settled = settled(code.voucherId());
        if (settled.isPresent()) {
            VoucherScan known = settled.get();
            return known.result() == RedeemResultType.REVOKED
                    ? refuseHere(scanned, RedeemResultType.REVOKED, Reason.REFUNDED, code, null, null)
                    : refuseHere(scanned, RedeemResultType.ALREADY_REDEEMED, Reason.HANDED_OVER_BEFORE, code,
                            known.firstAt(), known.firstCounterId());
        }
        Instant now = clock.instant();
        return record(new VoucherScan(UUID.randomUUID().toString(), counterId, now, scanned, RedeemResultType.REDEEMED,
                Reason.HANDED_OVER, code.voucherId(), code.productId(), products.name(code.productId()).orElse(null),
                now, counterId, true));
    }

    private VoucherVerdict refuseHere(String scanned, RedeemResultType result, Reason reason, VoucherCode code,
                                      Instant firstAt, String firstCounterId) {
        String journaled = scanned.length() > MAX_JOURNALED_TEXT ? scanned.substring(0, MAX_JOURNALED_TEXT) : scanned;
        return record(new VoucherScan(UUID.randomUUID().toString(), counterId, clock.instant(), journaled, result,
                reason, code == null ? null : code.voucherId(), code == null ? null : code.productId(),
                code == null ? null : products.name(code.productId()).orElse(null), firstAt, firstCounterId, true));
    }

    private VoucherVerdict record(VoucherScan scan) {
        journal.append(scan);
        return verdict(scan);
    }

    private static VoucherVerdict verdict(VoucherScan scan) {
        return new VoucherVerdict(scan.result(), scan.reason(), scan.scanId(), scan.scannedAt(), scan.voucherId(),
                scan.productName(), scan.firstAt(), scan.firstCounterId(), scan.decidedHere());
    }

    /**
     * What the journal knows for good of a voucher: the earliest hand-over of it (here, or
     * elsewhere as the backend said), else that it was refunded; empty when it may still be
     * handed over. A hand-over of this counter that the backend answered as another counter's
     * counts as that other, earlier one.
     */
    private Optional<VoucherScan> settled(String voucherId) {
        Map<String, SyncedVoucherScan> answers = journal.synced();
        VoucherScan handedOver = null;
        VoucherScan refunded = null;
        for (VoucherScan scan : journal.scans()) {
            if (!voucherId.equals(scan.voucherId())) {
                continue;
            }
            VoucherScan known = asAnswered(scan, answers.get(scan.scanId()));
            boolean handed = known.result() == RedeemResultType.REDEEMED
                    || known.result() == RedeemResultType.ALREADY_REDEEMED && known.firstAt() != null;
            if (handed && (handedOver == null || known.firstAt().isBefore(handedOver.firstAt()))) {
                handedOver = known;
            } else if (known.result() == RedeemResultType.REVOKED) {
                refunded = known;
            }
        }
        return Optional.ofNullable(handedOver != null ? handedOver : refunded);
    }

    /** A hand-over as the backend's answer to it corrected it: another counter's earlier hand-over. */
    private static VoucherScan asAnswered(VoucherScan scan, SyncedVoucherScan answer) {
        if (answer == null || answer.result() != RedeemResultType.ALREADY_REDEEMED) {
            return scan;
        }
        return new VoucherScan(scan.scanId(), scan.counterId(), scan.scannedAt(), scan.text(),
                RedeemResultType.ALREADY_REDEEMED, Reason.HANDED_OVER_BEFORE, scan.voucherId(), scan.productId(),
                scan.productName(), answer.redeemedAt(), answer.counterId(), scan.decidedHere());
    }

    /** Today's hand-overs and refusals at this workstation, the venue's day ending at six in the morning. */
    @Override
    public HandoverCounts counts() {
        LocalDate today = venueDay(clock.instant());
        int handedOver = 0;
        int refused = 0;
        for (VoucherScan scan : journal.scans()) {
            if (!venueDay(scan.scannedAt()).equals(today)) {
                continue;
            }
            if (scan.result() == RedeemResultType.REDEEMED) {
                handedOver++;
            } else {
                refused++;
            }
        }
        return new HandoverCounts(handedOver, refused);
    }

    private LocalDate venueDay(Instant instant) {
        return instant.atZone(zone).minus(DAY_ENDS_AFTER_MIDNIGHT).toLocalDate();
    }

    /** Products this counter handed over offline that it should not have, oldest first; see {@link VoucherConflict}. */
    @Override
    public List<VoucherConflict> conflicts() {
        Map<String, SyncedVoucherScan> answers = journal.synced();
        List<VoucherConflict> found = new ArrayList<>();
        for (VoucherScan scan : journal.scans()) {
            SyncedVoucherScan answer = answers.get(scan.scanId());
            if (!scan.handedOverOffline() || answer == null) {
                continue;
            }
            switch (answer.result()) {
                case REDEEMED -> {
                    // the first hand-over: it stands
                }
                case ALREADY_REDEEMED -> {
                    // by this very counter: its online try whose answer was lost on the way back (the
                    // scan then fell back to offline) had reached the backend; one hand-over, no conflict
                    if (!scan.counterId().equals(answer.counterId())) {
                        found.add(conflict(VoucherConflict.Kind.HANDED_OVER_ELSEWHERE_FIRST, scan, answer));
                    }
                }
                case REVOKED -> found.add(conflict(VoucherConflict.Kind.REVOKED, scan, answer));
                case INVALID -> found.add(conflict(VoucherConflict.Kind.UNKNOWN_TO_THE_BACKEND, scan, answer));
            }
        }
        found.sort(Comparator.comparing(VoucherConflict::handedOverAt));
        return found;
    }

    private static VoucherConflict conflict(VoucherConflict.Kind kind, VoucherScan scan, SyncedVoucherScan answer) {
        return new VoucherConflict(kind, scan.scanId(), scan.voucherId(), scan.productName(), scan.scannedAt(),
                answer.redeemedAt(), answer.counterId());
    }

    @Override
    public String counterId() {
        return counterId;
    }
}
