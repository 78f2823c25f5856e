package io.bilheteria.backend.orders;

import io.bilheteria.api.orders.Order;
import io.bilheteria.api.orders.OrderItem;
import io.bilheteria.api.orders.Ticket;
import io.bilheteria.api.orders.TicketType;
import io.bilheteria.api.vouchers.Voucher;
import io.bilheteria.backend.mail.Html;
import io.bilheteria.backend.mail.MailComposer;
import io.bilheteria.backend.mail.OutgoingMail;
import io.bilheteria.backend.mail.QrPng;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The buyer's receipt (comprovante) by e-mail, queued in the sale's transaction: the order code,
 * when and where it was bought, each ticket with its seat, type, price and QR code (as an image
 * to show at the gate and as text), each product, the total and the card that paid. In Portuguese,
 * the venues' language, with times in the venues' zone.
 */
public final class ReceiptMail implements MailComposer {
    public static final String KIND = "RECEIPT";
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    /** Where the venues are; a session's start and the purchase time are printed in their local time. */
    private static final ZoneId VENUE_ZONE = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", PT_BR)
            .withZone(VENUE_ZONE);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("EEEE, dd/MM/yyyy 'às' HH:mm", PT_BR)
            .withZone(VENUE_ZONE);

    private final OrderRepository orders;

    public ReceiptMail(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<OutgoingMail> compose(String outboxId, String orderId, String recipient) {
        OrderRepository.OrderRow row = orders.row(OrderRepository.Key.ID, orderId, false)
                .orElseThrow(() -> new IllegalStateException("order " + orderId + " is gone"));
        Order order = orders.load(row);
        Map<Long, OrderRepository.SeatLabel> seats = orders.seatLabels(orderId);
        String terminal = orders.accountName(row.accountId()).orElse(row.channel());
        Money money = new Money(order.currency());

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\">");
        List<OutgoingMail.InlineImage> images = new ArrayList<>();
        String title = order.session().eventTitle();
        String show = order.session().venue() + " · " + SHOW.format(order.session().startsAt());
        Instant boughtAt = order.paidAt() != null ? order.paidAt() : order.createdAt();
        String header = "Pedido " + order.code() + " · " + WHEN.format(boughtAt) + " · terminal " + terminal;

        text.append("Comprovante de compra\n\n").append(title).append('\n').append(show).append("\n\n")
                .append(header).append("\n\nIngressos\n");
        html.append("<h2>Comprovante de compra</h2><h3>").append(Html.escape(title)).append("</h3><p>")
                .append(Html.escape(show)).append("</p><p>").append(Html.escape(header)).append("</p><h4>Ingressos</h4>");
        for (Ticket ticket : order.tickets()) {
            OrderRepository.SeatLabel seat = seats.get(Long.parseLong(ticket.seatId()));
            String line = (seat == null ? "Lugar " + ticket.seatId()
                    : seat.section() + " · Fila " + seat.rowLabel() + " · Assento " + seat.number())
                    + " · " + typeName(ticket.ticketType()) + " · " + money.format(ticket.priceCents())
                    + ("VALID".equals(ticket.status()) ? "" : " · " + statusName(ticket.status()));
            text.append("  ").append(line).append("\n    código: ").append(ticket.qr()).append('\n');
            html.append("<div style=\"margin:12px 0\"><p>").append(Html.escape(line)).append("</p>");
            if ("VALID".equals(ticket.status())) {
                String cid = "ingresso-" + ticket.ticketId();
                images.add(new OutgoingMail.InlineImage(cid, QrPng.of(ticket.qr())));
                html.append("<img src=\"cid:").append(cid).append("\" width=\"200\" height=\"200\" alt=\"QR do ingresso\">");
            }
            html.append("<p style=\"font-family:monospace;font-size:11px;word-break:break-all\">")
                    .append(Html.escape(ticket.qr())).append("</p></div>");
        }
        List<OrderItem> products = order.items().stream().filter(item -> "PRODUCT".equals(item.kind())).toList();
        if (!products.isEmpty()) {
            text.append("\nProdutos\n");
            html.append("<h4>Produtos</h4><ul>");
            for (OrderItem product : products) {
                String line = product.quantity() + " × " + product.description() + " · "
                        + money.format(product.unitPriceCents() * product.quantity());
                text.append("  ").append(line).append('\n');
                html.append("<li>").append(Html.escape(line)).append("</li>");
            }
            html.append("</ul>");
            text.append("\nVales (um por unidade, entregue uma vez no balcão)\n");
            html.append("<h4>Vales</h4><p>Mostre no balcão: cada vale é entregue uma vez.</p>");
            for (Voucher voucher : order.vouchers()) {
                if (!"VALID".equals(voucher.status())) {
                    continue;
                }
                String cid = "vale-" + voucher.voucherId();
                images.add(new OutgoingMail.InlineImage(cid, QrPng.of(voucher.code())));
                text.append("  ").append(voucher.productName()).append("\n    código: ").append(voucher.code()).append('\n');
                html.append("<div style=\"margin:12px 0\"><p>").append(Html.escape(voucher.productName()))
                        .append("</p><img src=\"cid:").append(cid)
                        .append("\" width=\"160\" height=\"160\" alt=\"QR do vale\"></div>");
            }
        }
        String total = "Total " + money.format(order.totalCents());
        text.append('\n').append(total).append('\n');
        html.append("<p><b>").append(Html.escape(total)).append("</b></p>");
        if (order.payment() != null) {
            String card = "Cartão " + order.payment().brand() + " final " + order.payment().last4()
                    + " · autorização " + order.payment().authorizationCode();
            text.append(card).append('\n');
            html.append("<p>").append(Html.escape(card)).append("</p>");
        }
        String advice = "Mostre o QR code de cada ingresso na entrada, na tela ou impresso.";
        String collect = "Para imprimir os ingressos num totem: \"Retirar ingressos\", o código " + order.code()
                + " (ou este QR code no leitor do totem) e o seu e-mail ou CPF.";
        text.append('\n').append(advice).append('\n').append(collect).append('\n');
        images.add(new OutgoingMail.InlineImage("pedido", QrPng.of(order.code())));
        html.append("<p>").append(Html.escape(advice)).append("</p><p>").append(Html.escape(collect))
                .append("</p><img src=\"cid:pedido\" width=\"120\" height=\"120\" alt=\"QR do pedido\">")
                .append("</body></html>");
        return Optional.of(new OutgoingMail(outboxId, recipient, "Seus ingressos: " + title + " (pedido "
                + order.code() + ")", text.toString(), html.toString(), images));
    }

    private static String typeName(TicketType type) {
        return type == TicketType.HALF ? "Meia-entrada" : "Inteira";
    }

    private static String statusName(String status) {
        return switch (status) {
            case "REVOKED" -> "cancelado";
            default -> status.toLowerCase(Locale.ROOT);
        };
    }


    /** Amounts as the buyer reads them: R$ 1.234,50. */
    private record Money(String currency) {
        String format(long cents) {
            NumberFormat format = NumberFormat.getCurrencyInstance(PT_BR);
            format.setCurrency(Currency.getInstance(currency));
            return format.format(cents / 100.0).replace('\u00a0', ' ');
        }
    }
}
