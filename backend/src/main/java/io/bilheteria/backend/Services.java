package io.bilheteria.backend;

import io.bilheteria.backend.admin.PartnerAdmin;
import io.bilheteria.backend.admin.StaffAdmin;
import io.bilheteria.backend.auth.AuthService;
import io.bilheteria.backend.backup.BackupService;
import io.bilheteria.backend.catalog.CatalogService;
import io.bilheteria.backend.checkin.CheckinService;
import io.bilheteria.backend.customers.CustomerService;
import io.bilheteria.backend.holds.HoldService;
import io.bilheteria.backend.live.SeatChangeFeed;
import io.bilheteria.backend.orders.OrderSearch;
import io.bilheteria.backend.orders.OrderService;
import io.bilheteria.backend.orders.PaymentService;
import io.bilheteria.backend.orders.RefundService;
import io.bilheteria.backend.orders.SuggestionService;
import io.bilheteria.backend.orders.TicketCollection;
import io.bilheteria.backend.orders.TicketReprints;
import io.bilheteria.backend.partners.EventEditor;
import io.bilheteria.backend.partners.ProductEditor;
import io.bilheteria.backend.partners.SectionEditor;
import io.bilheteria.backend.partners.SessionEditor;
import io.bilheteria.backend.queue.VirtualQueue;
import io.bilheteria.backend.reports.SalesReports;
import io.bilheteria.backend.shifts.ShiftService;
import io.bilheteria.backend.storage.Database;
import io.bilheteria.backend.storage.StoreHealth;
import io.bilheteria.backend.storage.Transactions;
import io.bilheteria.backend.venues.SeatLayouts;
import io.bilheteria.backend.vouchers.VoucherService;
import java.time.Clock;

/** The backend's services, wired once in {@link BackendServer} and handed to the web layer. */
public record Services(
        Database database,
        StoreHealth storeHealth,
        Transactions tx,
        Clock clock,
        AuthService auth,
        CustomerService customers,
        CatalogService catalog,
        HoldService holds,
        OrderService orders,
        OrderSearch orderSearch,
        SuggestionService suggestions,
        PaymentService payments,
        RefundService refunds,
        TicketReprints reprints,
        TicketCollection collection,
        ShiftService shifts,
        CheckinService checkins,
        VoucherService vouchers,
        VirtualQueue queue,
        EventEditor events,
        SectionEditor sections,
        SessionEditor sessions,
        SeatLayouts layouts,
        ProductEditor products,
        SalesReports reports,
        PartnerAdmin partners,
        StaffAdmin staff,
        BackupService backups,
        SeatChangeFeed live) {
}
