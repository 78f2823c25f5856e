package io.bilheteria.api.catalog;

import java.util.List;

public record EventPage(List<EventSummary> items) {
}
