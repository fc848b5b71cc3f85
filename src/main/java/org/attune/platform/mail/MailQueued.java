package org.attune.platform.mail;

/** A message was written to the outbox for delivery; observed after the writing transaction commits. */
record MailQueued(long id) {
}
