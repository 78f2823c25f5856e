package io.bilheteria.ui.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money as the apps receive it (minor units plus an ISO 4217 code), written for people. */
public final class Money {

    private Money() {
    }

    /**
     * Formats an amount the way the locale writes that currency: {@code 4500, "BRL"} is
     * "R$&nbsp;45,00" in pt-BR and "R$45.00" in English; USD in pt-BR is "US$&nbsp;45,00".
     *
     * <p>The space between symbol and number is a no-break space (U+00A0), as in Java's pt-BR
     * data, so a wrapping label never puts "R$" and "45,00" on different lines. Compare against
     * this method's output or {@link Formats#NO_BREAK_SPACE}, not a typed space.
     *
     * @param minorUnits the amount in the currency's smallest unit (cents for BRL and USD)
     * @param currencyCode ISO 4217 code, e.g. "BRL"
     */
    public static String format(long minorUnits, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        int fractionDigits = Math.max(0, currency.getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return Formats.withNoBreakSpaces(format.format(BigDecimal.valueOf(minorUnits, fractionDigits)));
    }
}
