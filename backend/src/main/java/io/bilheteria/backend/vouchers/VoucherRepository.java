package io.bilheteria.backend.vouchers;

import io.bilheteria.api.vouchers.RedeemResult;
import io.bilheteria.api.vouchers.RedeemResultType;
import io.bilheteria.api.vouchers.Voucher;
import io.bilheteria.backend.storage.Transactions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Product vouchers and the answers given to offline counters' scans: every statement on them. */
public final class VoucherRepository {
    private final Transactions tx;

    public VoucherRepository(Transactions tx) {
        this.tx = tx;
    }

    /** A voucher to issue with a sale. */
    public record NewVoucher(String id, String orderId, String productId, String code, long now) {
    }

    /** A voucher as a redemption needs it, locked. */
    record Row(String id, String code, String status, Long redeemedAt, String redeemedBy, String productName) {
    }

    /** In the sale's transaction: one batched insert for every unit of every product. */
    public void insertAll(List<NewVoucher> vouchers) {
        if (vouchers.isEmpty()) {
            return;
        }
        tx.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO vouchers (id, order_id, product_id, code, status, "
                    + "created_at, updated_at) VALUES (:id, :o, :p, :c, 'VALID', :now, :now)");
            for (NewVoucher v : vouchers) {
                batch.bind("id", v.id()).bind("o", v.orderId()).bind("p", v.productId()).bind("c", v.code())
                        .bind("now", v.now()).add();
            }
            return batch.execute();
        });
    }

    public List<Voucher> ofOrder(String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT v.id, v.product_id, p.name, v.code, v.status, v.redeemed_at "
                        + "FROM vouchers v JOIN products p ON p.id = v.product_id WHERE v.order_id = :o ORDER BY p.name, v.id")
                .bind("o", orderId)
                .map((rs, ctx) -> new Voucher(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs.getObject(6, Long.class))))
                .list());
    }

    /** Units of one product of an order that a counter has handed over, and what each cost in the order. */
    public record HandedOver(String productId, int units, long unitPriceCents) {
        public long cents() {
            return units * unitPriceCents;
        }
    }

    /** What the concession counters have handed over of an order's products: that is never given back. */
    public List<HandedOver> handedOver(String orderId) {
        return tx.withHandle(h -> h.createQuery("SELECT v.product_id, COUNT(DISTINCT v.id), MAX(i.unit_price_cents) "
                        + "FROM vouchers v JOIN order_items i ON i.order_id = v.order_id AND i.ref_id = v.product_id "
                        + "AND i.kind = 'PRODUCT' WHERE v.order_id = :o AND v.redeemed_at IS NOT NULL GROUP BY v.product_id")
                .bind("o", orderId)
                .map((rs, ctx) -> new HandedOver(rs.getString(1), rs.getInt(2), rs.getLong(3)))
                .list());
    }

    /** A refunded order's vouchers not yet handed over stop working. */
    public void revokeOrder(String orderId, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE vouchers SET status = 'REVOKED', updated_at = :now "
                        + "WHERE order_id = :o AND status = 'VALID' AND redeemed_at IS NULL")
                .bind("now", now).bind("o", orderId).execute());
    }

    Optional<Row> lock(String voucherId) {
        return tx.withHandle(h -> h.createQuery("SELECT v.id, v.code, v.status, v.redeemed_at, v.redeemed_by, p.name "
                        + "FROM vouchers v JOIN products p ON p.id = v.product_id WHERE v.id = :id FOR UPDATE")
                .bind("id", voucherId)
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6)))
                .findOne());
    }

    void redeem(String voucherId, long at, String counterId, long now) {
        tx.withHandle(h -> h.createUpdate("UPDATE vouchers SET redeemed_at = :at, redeemed_by = :by, updated_at = :now "
                        + "WHERE id = :id")
                .bind("at", at).bind("by", counterId).bind("now", now).bind("id", voucherId).execute());
    }

    /** The answers given before to these scans of this counter, by scan id. */
    Map<String, RedeemResult> earlierAnswers(String counterId, List<String> scanIds) {
        if (scanIds.isEmpty()) {
            return Map.of();
        }
        return tx.withHandle(h -> h.createQuery("SELECT s.scan_id, s.result, s.voucher_id, p.name, s.redeemed_at, "
                        + "s.redeemed_by, s.conflict FROM voucher_scans s LEFT JOIN vouchers v ON v.id = s.voucher_id "
                        + "LEFT JOIN products p ON p.id = v.product_id WHERE s.counter_id = :c AND s.scan_id IN (<ids>)")
                .bind("c", counterId).bindList("ids", scanIds)
                .reduceRows(new HashMap<String, RedeemResult>(), (found, row) -> {
                    found.put(row.getColumn(1, String.class), new RedeemResult(
                            RedeemResultType.valueOf(row.getColumn(2, String.class)), row.getColumn(3, String.class),
                            row.getColumn(4, String.class), instant(row.getColumn(5, Long.class)),
                            row.getColumn(6, String.class), row.getColumn(7, Boolean.class)));
                    return found;
                }));
    }

    void recordScan(String counterId, String scanId, RedeemResult answer, long now) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO voucher_scans (counter_id, scan_id, voucher_id, result, conflict, "
                        + "redeemed_at, redeemed_by, recorded_at) VALUES (:c, :s, :v, :r, :x, :at, :by, :now)")
                .bind("c", counterId).bind("s", scanId).bind("v", answer.voucherId()).bind("r", answer.result().name())
                .bind("x", answer.conflict())
                .bind("at", answer.redeemedAt() == null ? null : answer.redeemedAt().toEpochMilli())
                .bind("by", answer.counterId()).bind("now", now).execute());
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
