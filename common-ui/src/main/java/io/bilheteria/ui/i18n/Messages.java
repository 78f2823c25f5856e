package io.bilheteria.ui.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The translated texts of one app, in a locale that can change while the app runs.
 *
 * <p>Texts come from properties bundles (UTF-8). The app's own bundles are searched first, in
 * the order given, then the shared {@link #COMMON_BUNDLE}; the first bundle that has a key wins.
 * Each base file ({@code kiosk.properties}) holds the pt-BR texts, and {@code kiosk_en.properties}
 * the English ones; a locale without its own file reads the base file, never the JVM's default
 * locale, so a machine set to English shows Portuguese unless the app switches.
 *
 * <p>Every text is a {@link MessageFormat} pattern, with or without arguments, so a literal
 * apostrophe is written {@code ''} in every bundle.
 *
 * <p>Bindings follow {@link #localeProperty()}; change the locale on the FX thread.
 */
public final class Messages {

    /** Base name of the shared texts: keyboard labels, OK, cancel, back. */
    public static final String COMMON_BUNDLE = "io.bilheteria.ui.i18n.common";
    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The locales that have translations, the default first. */
    public static final List<Locale> SUPPORTED_LOCALES = List.of(PT_BR, ENGLISH);

    private static final ResourceBundle.Control BASE_FILE_IS_DEFAULT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;
    private final ObjectProperty<Locale> locale;

    /**
     * @param initialLocale the locale shown first, usually {@link #PT_BR}
     * @param appBaseNames the app's bundle base names, e.g. {@code "io.bilheteria.kiosk.i18n.kiosk"}
     */
    public Messages(Locale initialLocale, String... appBaseNames) {
        List<String> names = new ArrayList<>(Arrays.asList(appBaseNames));
        names.add(COMMON_BUNDLE);
        this.baseNames = List.copyOf(names);
        this.locale = new SimpleObjectProperty<>(this, "locale", Objects.requireNonNull(initialLocale));
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(Objects.requireNonNull(value));
    }

    /**
     * The text for {@code key} in the current locale, with {@code args} filled in.
     *
     * @throws MissingResourceException if no bundle has the key
     */
    public String get(String key, Object... args) {
        Locale current = getLocale();
        return new MessageFormat(pattern(key, current), current).format(args);
    }

    /**
     * A text that follows the locale. An argument that is an {@link ObservableValue} is read
     * each time, so the text also follows it: {@code text("cart.count", countProperty)}.
     *
     * @throws MissingResourceException at once if no bundle has the key
     */
    public StringBinding text(String key, Object... args) {
        pattern(key, getLocale());
        List<Observable> dependencies = new ArrayList<>();
        dependencies.add(locale);
        for (Object arg : args) {
            if (arg instanceof Observable observable) {
                dependencies.add(observable);
            }
        }
        return Bindings.createStringBinding(
                () -> get(key, currentValues(args)), dependencies.toArray(Observable[]::new));
    }

    /**
     * A text computed from the locale and other values, for things that are formatted rather
     * than translated: {@code localized(l -> Money.format(cents, "BRL", l))}.
     */
    public StringBinding localized(Function<Locale, String> format, Observable... dependencies) {
        Observable[] all = Arrays.copyOf(dependencies, dependencies.length + 1);
        all[dependencies.length] = locale;
        return Bindings.createStringBinding(() -> format.apply(getLocale()), all);
    }

    private String pattern(String key, Locale in) {
        for (String baseName : baseNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    baseName, in, Messages.class.getClassLoader(), BASE_FILE_IS_DEFAULT);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException(
                "No text for '" + key + "' in " + baseNames, baseNames.get(0), key);
    }

    private static Object[] currentValues(Object[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof ObservableValue<?> observable ? observable.getValue() : args[i];
        }
        return values;
    }
}
