/**
 * E-mail notices about a person's own progress and certificate (moderation awaiting a trainer, a sign-off confirmed
 * or returned, a certificate issued, suspended, reinstated or revoked). Observes competence's and certification's
 * events and writes each notice to the mail outbox in the transaction of the change; those features do not know it.
 */
package org.attune.notices;
