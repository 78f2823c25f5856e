package io.bilheteria.backend.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bilheteria.backend.common.Hashes;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What tells one request from another under the same Idempotency-Key: method, path and body,
 * with nothing of a card in it but its last four digits. A hash of the whole body was kept
 * before, and with the card number known the CVV fell to a thousand guesses; PCI DSS forbids
 * keeping the CVV in any recoverable form. So card security codes are left out, and every
 * value of 12 to 19 digits (a card number, in whatever field it was sent) is cut to its last 4.
 */
final class RequestFingerprint {
    private static final Set<String> SECURITY_CODES = Set.of("cvv", "cvc", "cvv2", "cid", "securitycode");

    private RequestFingerprint() {
    }

    static String of(Context ctx) {
        return Hashes.sha256Hex((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8),
                withoutCardSecrets(ctx.bodyAsBytes()));
    }

    static byte[] withoutCardSecrets(byte[] body) {
        if (body.length == 0) {
            return body;
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(body);
            return Json.MAPPER.writeValueAsBytes(redacted(tree));
        } catch (IOException unreadable) {
            // refused as 400 anyway; its bytes may hold a card, so only its size is told apart
            return ("unreadable body of " + body.length + " bytes").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static JsonNode redacted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (SECURITY_CODES.contains(field.getKey().toLowerCase().replace("_", ""))) {
                    fields.remove();
                } else {
                    field.setValue(redacted(field.getValue()));
                }
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, redacted(array.get(i)));
            }
            return array;
        }
        if (node.isValueNode()) {
            String digits = node.asText().replaceAll("[\\s-]", "");
            if (digits.matches("\\d{12,19}")) {
                return TextNode.valueOf("last4:" + digits.substring(digits.length() - 4));
            }
        }
        return node;
    }
}
