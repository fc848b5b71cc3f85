/** Outgoing e-mail: through a configured SMTP server, or into an outbox that administrators read. */
package org.attune.platform.mail;
