package io.bilheteria.kiosk.collect;

import io.bilheteria.client.ConflictException;
import io.bilheteria.client.InvalidRequestException;
import io.bilheteria.client.NotFoundException;
import io.bilheteria.kiosk.shell.Journey;
import io.bilheteria.kiosk.shell.Place;
import io.bilheteria.ui.calls.BackendCalls;
import io.bilheteria.ui.calls.CallFailure;
import io.bilheteria.ui.i18n.Messages;
import io.bilheteria.ui.sale.Sale;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Retirar ingressos": a buyer prints at the kiosk the tickets of an order bought online or by phone.
 * The order code comes typed ({@link CollectCodeScreen}) or scanned from the QR code of the e-mail
 * receipt, at the attract screen or on either collect screen; then the buyer's CPF or e-mail
 * ({@link CollectBuyerScreen}), and the tickets go to the kiosk's printing screen. Both screens share
 * this model: the code typed on the first is the order the second asks about.
 */
public final class CollectViewModel {
    /** What proves the order is the buyer's, besides its code. */
    public enum SecondFactor { CPF, EMAIL }

    /** An order code: six letters and digits (the backend's codes leave out 0, 1, I and O; anything else it refuses). */
    private static final Pattern ORDER_CODE = Pattern.compile("[A-Z0-9]{6}");
    private static final Pattern CPF = Pattern.compile("\\d{11}");
    /** Where a scan means an order to collect; elsewhere (a purchase, maintenance) it is not for us. */
    private static final Set<Place> SCANS_COLLECT = EnumSet.of(Place.ATTRACT, Place.COLLECT_CODE,
            Place.COLLECT_BUYER);

    private final Sale sale;
    private final BackendCalls calls;
    private final Messages m;
    private final Journey journey;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty cpf = new SimpleStringProperty(this, "cpf", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final ReadOnlyObjectWrapper<SecondFactor> secondFactor =
            new ReadOnlyObjectWrapper<>(this, "secondFactor", SecondFactor.CPF);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final BooleanBinding codeComplete;
    private final BooleanBinding buyerComplete;

    public CollectViewModel(Sale sale, BackendCalls calls, Messages messages, Journey journey) {
        this.sale = sale;
        this.calls = calls;
        this.m = messages;
        this.journey = journey;
        codeComplete = Bindings.createBooleanBinding(() -> ORDER_CODE.matcher(normalized(code.get())).matches(), code);
        buyerComplete = Bindings.createBooleanBinding(() -> secondFactor.get() == SecondFactor.CPF
                        ? CPF.matcher(cpf.get()).matches() : email.get().strip().contains("@"),
                secondFactor, cpf, email);
        // a refusal is about what was typed: typing again makes it old news
        for (StringProperty typed : new StringProperty[] {code, cpf, email}) {
            typed.addListener((obs, before, now) -> clearRefusal());
        }
    }

    /** The order code as typed; the view shows it in capitals, the backend reads it so too. */
    public StringProperty codeProperty() {
        return code;
    }

    /** The CPF's 11 digits. */
    public StringProperty cpfProperty() {
        return cpf;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ReadOnlyObjectProperty<SecondFactor> secondFactorProperty() {
        return secondFactor.getReadOnlyProperty();
    }

    /** Why the order cannot be printed, in the buyer's language; empty when nothing went wrong. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Whether the code has the shape of an order code, so the buyer may go on. */
    public BooleanBinding codeCompleteProperty() {
        return codeComplete;
    }

    /** Whether the CPF or e-mail chosen is typed whole, so the tickets may be asked for. */
    public BooleanBinding buyerCompleteProperty() {
        return buyerComplete;
    }

    /** "Retirar ingressos" on the attract screen: a new buyer, nothing typed by the one before. */
    public void start() {
        forget();
        journey.go(Place.COLLECT_CODE);
    }

    /** "Continuar" after typing the code. */
    public void continueWithCode() {
        if (!codeComplete.get()) {
            refuse("collect.code.incomplete");
            return;
        }
        clearRefusal();
        journey.go(Place.COLLECT_BUYER);
    }

    /**
     * A scanner read {@code text}: the QR code of the e-mail receipt holds the order code alone. At
     * the attract screen or on the code screen it fills the code and goes on to the CPF or e-mail, no
     * tap needed; on that screen it changes the order asked about. Anything else scanned there (a
     * ticket's QR code, say) is explained; scans elsewhere are not for collecting.
     */
    public void scanned(String text) {
        Place here = journey.place();
        if (!SCANS_COLLECT.contains(here)) {
            return;
        }
        String scannedCode = normalized(text);
        if (here == Place.ATTRACT) {
            forget();
        }
        if (!ORDER_CODE.matcher(scannedCode).matches()) {
            refuse("collect.scan.notAnOrder");
            if (here == Place.ATTRACT) {
                journey.go(Place.COLLECT_CODE);
            }
            return;
        }
        code.set(scannedCode);
        clearRefusal();
        if (here != Place.COLLECT_BUYER) {
            journey.go(Place.COLLECT_BUYER);
        }
    }

    public void useCpf() {
        choose(SecondFactor.CPF);
    }

    public void useEmail() {
        choose(SecondFactor.EMAIL);
    }

    private void choose(SecondFactor factor) {
        secondFactor.set(factor);
        clearRefusal();
    }

    /** "Imprimir ingressos": asks the backend for the order and, when it is the buyer's, prints its tickets. */
    public void collect() {
        if (!buyerComplete.get()) {
            refuse(secondFactor.get() == SecondFactor.CPF ? "collect.buyer.cpfIncomplete" : "collect.buyer.emailIncomplete");
            return;
        }
        String orderCode = normalized(code.get());
        boolean byCpf = secondFactor.get() == SecondFactor.CPF;
        String givenCpf = byCpf ? cpf.get() : null;
        String givenEmail = byCpf ? null : email.get().strip();
        clearRefusal();
        // not repeated by itself: each collection of an order printed before issues new codes
        calls.write(() -> sale.collect(orderCode, givenEmail, givenCpf), order -> {
            if (sale.tickets().isEmpty()) {
                refuse("collect.refused.nothingToPrint");
            } else if (journey.place() == Place.COLLECT_BUYER) {
                journey.go(Place.PRINTING);
            }
        }, this::refused);
    }

    /**
     * Says why in the buyer's words. A wrong code and a wrong CPF or e-mail get one answer from the
     * backend and one sentence here: the kiosk never tells which of the two was wrong. A backend out
     * of reach goes to the shell, which takes the kiosk out of service and says so.
     */
    private void refused(CallFailure failure) {
        if (failure.cause() instanceof NotFoundException) {
            refuse("collect.refused.noMatch");
        } else if (failure.cause() instanceof ConflictException conflict) {
            String detail = conflict.problem().detail();
            refuse(detail != null && detail.contains("refunded") ? "collect.refused.refunded" : "collect.refused.notPaid");
        } else if (failure.cause() instanceof InvalidRequestException) {
            // the only field the backend checks on its own is the CPF's check digits
            refuse(secondFactor.get() == SecondFactor.CPF ? "collect.refused.invalidCpf" : "collect.refused.invalidEmail");
        } else {
            calls.report(failure);
        }
    }

    private void forget() {
        code.set("");
        cpf.set("");
        email.set("");
        secondFactor.set(SecondFactor.CPF);
        clearRefusal();
    }

    private void refuse(String key) {
        refusal.bind(m.text(key));
    }

    private void clearRefusal() {
        refusal.unbind();
        refusal.set("");
    }

    private static String normalized(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }
}
