package io.bilheteria.api.partners;

/**
 * The fields of an event a partner writes. On create, title is required; on edit, a null
 * field is left as it is. {@code posterUrl} is an http(s) address of the poster image (the
 * backend keeps no image bytes). {@code partnerId} is for an admin creating an event on a
 * partner's behalf; a partner's own id is used otherwise, and it never changes on edit.
 */
public record EventDraft(String partnerId, String title, String description, String category, String venue,
                         String city, String posterUrl) {
}
