package io.bilheteria.boxoffice.counter;

import com.fasterxml.jackson.core.type.TypeReference;
import io.bilheteria.api.catalog.EventSummary;
import io.bilheteria.api.products.Product;
import io.bilheteria.boxoffice.storage.DurableFiles;
import io.bilheteria.boxoffice.storage.LocalJson;
import io.bilheteria.client.BilheteriaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of the products on sale, by product id, kept on disk: a voucher's code names its
 * product only by id, and an attendant handing over offline must read "Pipoca", not an id. They
 * come from the catalogue (the products of every event with a session from twelve hours ago on,
 * at most every {@link #REFRESH_EVERY}) and from the backend's answers to scans. Thread-safe.
 */
final class ProductNames {
    /** Products change seldom; a name missed meanwhile still comes with the next online answer. */
    static final Duration REFRESH_EVERY = Duration.ofMinutes(10);
    private static final Duration STARTED_AGO = Duration.ofHours(12);
    private static final Logger log = LoggerFactory.getLogger(ProductNames.class);
    private final Path file;
    private final Map<String, String> names;
    private Instant refreshedAt;

    private ProductNames(Path file, Map<String, String> names) {
        this.file = file;
        this.names = names;
    }

    static ProductNames open(Path file) {
        Map<String, String> names = new HashMap<>();
        if (Files.exists(file)) {
            try {
                names.putAll(LocalJson.MAPPER.readValue(file.toFile(), new TypeReference<Map<String, String>>() { }));
            } catch (IOException e) {
                // the next online round writes the file again; until then offline hand-overs show no name
                log.warn("the counter's product names in {} are unreadable; ignoring them", file, e);
            }
        }
        return new ProductNames(file, names);
    }

    synchronized Optional<String> name(String productId) {
        return Optional.ofNullable(productId == null ? null : names.get(productId));
    }

    /** A name the backend just gave for a product; kept if it is new. */
    synchronized void learn(String productId, String name) {
        if (productId == null || name == null || name.equals(names.put(productId, name))) {
            return;
        }
        try {
            save();
        } catch (IOException e) {
            // the name is still known until the counter closes, and the next catalogue download saves it
            log.warn("the counter's product names could not be saved in {}", file, e);
        }
    }

    /** Downloads the catalogue's products when the last download is {@link #REFRESH_EVERY} old (or never was). */
    void refreshIfDue(BilheteriaClient client, Instant now) throws IOException {
        synchronized (this) {
            if (refreshedAt != null && refreshedAt.plus(REFRESH_EVERY).isAfter(now)) {
                return;
            }
        }
        Map<String, String> fetched = new HashMap<>();
        for (EventSummary event : client.events(null, now.minus(STARTED_AGO), null).items()) {
            for (Product product : client.products(event.id()).items()) {
                fetched.put(product.id(), product.name());
            }
        }
        synchronized (this) {
            names.putAll(fetched);
            refreshedAt = now;
            save();
        }
    }

    private void save() throws IOException {
        DurableFiles.replace(file, LocalJson.MAPPER.writeValueAsString(names));
    }
}
