/**
 * Webhooks for managers: an employer's HTTPS endpoints, told (signed JSON, through an outbox, at least once) when a
 * certificate on the employer's roster changes. Observes certification's events; certification does not know it.
 */
package org.attune.webhooks;
