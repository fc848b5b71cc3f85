/**
 * Observed practice: the trainee's practicum log, trainers' observations rated against the competence framework
 * with evidence files, the competence record, sign-off and its moderation, and the trainer's progress dashboard.
 * Reads learning, quiz and organisation; nothing of ours reads competence except certification, and retention, which
 * asks it to delete evidence files that the retention schedule no longer keeps ({@code EvidenceRetention}).
 */
package org.attune.competence;
