package io.bilheteria.api.catalog;

import java.util.List;

public record EventSummary(
        String id,
        String title,
        String description,
        String category,
        String venue,
        String city,
        String posterUrl,
        String partnerId,
        List<SessionSummary> sessions) {
}
