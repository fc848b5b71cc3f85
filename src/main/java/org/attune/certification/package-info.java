/**
 * Facilitator certificates: eligibility, issuance, the PDF with its QR code, the signed Open Badges 3.0
 * credential and the status list, public verification, suspension, revocation, expiry reminders and renewal.
 * Reads learning, quiz, competence and organisation; nothing of ours reads certification.
 */
package org.attune.certification;
