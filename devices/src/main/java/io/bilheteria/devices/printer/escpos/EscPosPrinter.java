package io.bilheteria.devices.printer.escpos;

import io.bilheteria.devices.printer.PrinterException;
import io.bilheteria.devices.printer.PrinterStatus;
import io.bilheteria.devices.printer.Receipt;
import io.bilheteria.devices.printer.ReceiptPrinter;
import io.bilheteria.devices.printer.transport.AnsweringLink;
import io.bilheteria.devices.printer.transport.PrinterLink;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real ESC/POS receipt printer on any {@link PrinterLink}. Before a receipt it asks the
 * printer how it is and refuses to send into a printer that cannot print; after it, it asks
 * again, so paper that ran out halfway is reported instead of a half receipt passing as
 * printed. On a link without answers (USB device file) the status is whether the device is
 * there.
 */
public final class EscPosPrinter implements ReceiptPrinter {
    public static final Duration DEFAULT_ANSWER_TIMEOUT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(EscPosPrinter.class);

    private final PrinterLink link;
    private final EscPosEncoder encoder;
    private final Duration answerTimeout;

    public EscPosPrinter(PrinterLink link, EscPosEncoder encoder) {
        this(link, encoder, DEFAULT_ANSWER_TIMEOUT);
    }

    /** @param answerTimeout how long to wait for each status answer before calling the printer offline */
    public EscPosPrinter(PrinterLink link, EscPosEncoder encoder, Duration answerTimeout) {
        this.link = Objects.requireNonNull(link, "link");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.answerTimeout = Objects.requireNonNull(answerTimeout, "answerTimeout");
    }

    @Override
    public synchronized void print(Receipt receipt) throws PrinterException {
        Objects.requireNonNull(receipt, "receipt");
        PrinterStatus before = status();
        if (!before.canPrint()) {
            log.warn("printer {} refused a receipt before sending: {}", link.describe(), before);
            throw new PrinterException(before);
        }
        byte[] job = encoder.encode(receipt);
        try {
            link.send(job);
        } catch (IOException e) {
            log.warn("sending {} bytes to printer {} failed: {}", job.length, link.describe(), e.getMessage());
            throw new PrinterException(PrinterStatus.OFFLINE,
                    "The printer stopped answering while the receipt was sent: " + e.getMessage(), e);
        }
        PrinterStatus after = status();
        if (!after.canPrint()) {
            log.warn("printer {} reports {} after a receipt of {} bytes", link.describe(), after, job.length);
            throw new PrinterException(after, "The receipt may be incomplete. " + after.description(), null);
        }
        log.info("printer {} took a receipt of {} bytes, now {}", link.describe(), job.length, after);
    }

    @Override
    public synchronized PrinterStatus status() {
        try {
            if (!(link instanceof AnsweringLink answering)) {
                link.connect(); // all a send-only link can tell: the device is there and writable
                return PrinterStatus.READY;
            }
            OptionalInt printer = askStatus(answering, EscPos.STATUS_PRINTER);
            OptionalInt cause = printer.isPresent() ? askStatus(answering, EscPos.STATUS_OFFLINE_CAUSE)
                    : OptionalInt.empty();
            OptionalInt paper = cause.isPresent() ? askStatus(answering, EscPos.STATUS_PAPER) : OptionalInt.empty();
            if (paper.isEmpty()) {
                log.warn("printer {} did not answer its status request within {} ms", link.describe(),
                        answerTimeout.toMillis());
                return PrinterStatus.OFFLINE;
            }
            return RealTimeStatus.decode(printer.getAsInt(), cause.getAsInt(), paper.getAsInt());
        } catch (IOException e) {
            log.warn("printer {} cannot be reached: {}", link.describe(), e.getMessage());
            return PrinterStatus.OFFLINE;
        }
    }

    private OptionalInt askStatus(AnsweringLink answering, int n) throws IOException {
        return answering.ask(EscPos.statusRequest(n), RealTimeStatus::isStatusByte, answerTimeout);
    }

    /** Where the printer is, as the link describes it. */
    public String describe() {
        return link.describe();
    }

    @Override
    public void close() {
        link.close();
    }
}
