/**
 * Typed Java client of the Bilheteria HTTP API v1, shared by the kiosk, box office and gate apps
 * and by the backend's own end-to-end tests.
 *
 * <p>Entry point: {@link io.bilheteria.client.BilheteriaClient}. Failures surface as the unchecked
 * {@link io.bilheteria.client.ApiException} hierarchy so that screens can react to a specific
 * problem (a seat taken, a card declined, the backend down) without parsing problem documents.
 */
package io.bilheteria.client;
