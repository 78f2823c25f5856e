package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.OrderStatus;
import io.bilheteria.api.orders.PaymentResult;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.tickets.TicketCode;
import io.bilheteria.backend.common.DomainException;
import io.bilheteria.backend.common.Ids;
import io.bilheteria.backend.inventory.HalfPrice;
import io.bilheteria.backend.inventory.SeatInventoryRepository;
import io.bilheteria.backend.mail.MailOutboxRepository;
import io.bilheteria.backend.ops.SalesMetrics;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.tickets.TicketSigner;
import io.bilheteria.backend.vouchers.VoucherRepository;
import io.bilheteria.backend.vouchers.VoucherService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an authorised payment into the sale: the order PAID, its held seats SOLD, its tickets
 * signed, its products taken from stock with a voucher for each unit, the buyer's receipt queued for e-mail when there is an
 * address, in the caller's transaction. Run by the buyer's payment
 * call, by a retry that took over a call cut off mid-way, and by the reconciler for a payment whose
 * caller never came back: whichever comes first makes the sale, the others find it made.
 */
public final class SaleCompletion {
    private final Transactions tx;
    private final Clock clock;
    private final TicketSigner signer;
    private final SalesMetrics metrics;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final SeatInventoryRepository inventory;
    private final MailOutboxRepository outbox;
    private final Runnable mailQueued;
    private final VoucherService voucherIssuer;
    private final VoucherRepository vouchers;

    /** {@code mailQueued} is told, after the sale commits, that a receipt waits in the outbox. */
    public SaleCompletion(Transactions tx, Clock clock, TicketSigner signer, SalesMetrics metrics, OrderRepository orders,
                          PaymentRepository payments, SeatInventoryRepository inventory, MailOutboxRepository outbox,
                          Runnable mailQueued, VoucherService voucherIssuer, VoucherRepository vouchers) {
        this.voucherIssuer = voucherIssuer;
        this.vouchers = vouchers;
        this.tx = tx;
        this.clock = clock;
        this.signer = signer;
        this.metrics = metrics;
        this.orders = orders;
        this.payments = payments;
        this.inventory = inventory;
        this.outbox = outbox;
        this.mailQueued = mailQueued;
    }

    /**
     * A payment being charged, with what its sale needs: its order's seat lines among them, and
     * where its receipt goes ({@code receiptTo}, null without an address).
     */
    record Pending(String paymentId, String orderId, String holdId, String sessionId, String channel,
                   long totalCents, String currency, int feeBps, boolean hasProducts, String receiptTo,
                   List<PaymentRepository.SeatLine> seats) {
    }

    /**
     * Makes the sale of {@code p}, charged under {@code authorization}. The payment row is claimed
     * first: when another caller completed it already, its sale is answered; when it was settled
     * otherwise meanwhile (voided, failed), or a seat of the hold was lost, this throws and the
     * caller gives the authorisation back.
     */
    PaymentResult complete(Pending p, String authorization) {
        long now = clock.millis();
        if (!payments.approve(p.paymentId(), authorization, now)) {
            if ("APPROVED".equals(payments.status(p.paymentId()))) {
                return new PaymentResult(p.orderId(), OrderStatus.PAID, orders.tickets(p.orderId()));
            }
            throw DomainException.conflict("This payment was interrupted and closed meanwhile; nothing was charged, "
                    + "please pay again");
        }
        // only an order still awaiting payment turns PAID (a cancelled or expired one is refused)
        if (!orders.markPaid(p.orderId(), now, Math.round(p.totalCents() * p.feeBps() / 10_000.0))) {
            throw OrderService.holdExpired();
        }
        if (inventory.sell(p.holdId(), p.orderId()) != p.seats().size()) {
            throw OrderService.holdExpired(); // a seat of the hold was lost meanwhile: the charge is voided
        }
        int halfPrice = (int) p.seats().stream().filter(seat -> seat.type() == TicketType.HALF).count();
        if (halfPrice > 0 && !inventory.takeHalfPrice(p.sessionId(), halfPrice)) {
            // others' half-price sales filled the cap since this order was made: the charge is voided
            throw HalfPrice.limitReached(inventory.halfPriceLeft(p.sessionId()));
        }
        if (p.hasProducts()) {
            List<VoucherRepository.NewVoucher> issued = new ArrayList<>();
            for (OrderRepository.ProductLine line : orders.productLines(p.orderId())) {
                if (!orders.takeStock(line.productId(), line.quantity())) {
                    throw new DomainException(DomainException.Kind.OUT_OF_STOCK,
                            "A product in this order has just sold out");
                }
                for (int unit = 0; unit < line.quantity(); unit++) {
                    issued.add(voucherIssuer.issue(p.orderId(), line.eventId(), line.productId(), now));
                }
            }
            vouchers.insertAll(issued);
        }
        // the order's seat lines are the hold's seats: it was made from them
        List<OrderRepository.NewTicket> issued = new ArrayList<>(p.seats().size());
        List<Ticket> tickets = new ArrayList<>(p.seats().size());
        p.seats().stream().sorted(Comparator.comparingLong(PaymentRepository.SeatLine::spotId)).forEach(seat -> {
            String ticketId = Ids.newId();
            String qr = signer.sign(new TicketCode(ticketId, 1, p.sessionId(), Long.toString(seat.spotId())));
            issued.add(new OrderRepository.NewTicket(ticketId, p.orderId(), p.sessionId(), seat.spotId(), qr, seat.type(),
                    seat.priceCents(), now));
            tickets.add(new Ticket(ticketId, Long.toString(seat.spotId()), qr, "VALID", seat.type(), seat.priceCents(), 0));
        });
        orders.insertTickets(issued);
        inventory.convert(p.holdId());
        if (p.receiptTo() != null) {
            outbox.add(ReceiptMail.KIND, p.orderId(), p.receiptTo(), now);
            tx.afterCommit(mailQueued);
        }
        metrics.sale(p.channel(), tickets.size(), p.totalCents());
        return new PaymentResult(p.orderId(), OrderStatus.PAID, tickets);
    }
}
