/**
 * The transactional outbox's mechanics, shared by the mail outbox and webhook deliveries: attempts, claims under a
 * row lock, and retries with pauses that double.
 */
package org.attune.platform.outbox;
