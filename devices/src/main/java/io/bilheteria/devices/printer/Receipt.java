package io.bilheteria.devices.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A printer-independent receipt: the elements in paper order. Printer adapters and the
 * simulator turn the same receipt into ESC/POS bytes or an image.
 */
public record Receipt(List<ReceiptElement> elements) {

    public Receipt {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a receipt has at least one element");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects elements in order; every method adds one element. */
    public static final class Builder {
        private final List<ReceiptElement> elements = new ArrayList<>();

        private Builder() {
        }

        public Builder text(String text) {
            return text(text, Alignment.LEFT);
        }

        public Builder text(String text, Alignment alignment) {
            return add(new ReceiptElement.Text(text, alignment, TextSize.NORMAL, false));
        }

        public Builder boldText(String text, Alignment alignment, TextSize size) {
            return add(new ReceiptElement.Text(text, alignment, size, true));
        }

        public Builder separator() {
            return separator('-');
        }

        public Builder separator(char character) {
            return add(new ReceiptElement.Separator(character));
        }

        public Builder qrCode(String payload) {
            return add(new ReceiptElement.QrCode(payload));
        }

        public Builder feed(int lines) {
            return add(new ReceiptElement.Feed(lines));
        }

        public Builder cut() {
            return add(new ReceiptElement.Cut());
        }

        public Builder add(ReceiptElement element) {
            elements.add(Objects.requireNonNull(element, "element"));
            return this;
        }

        public Receipt build() {
            return new Receipt(elements);
        }
    }
}
