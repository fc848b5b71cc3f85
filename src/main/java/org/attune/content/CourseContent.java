package org.attune.content;

import java.util.List;

/**
 * One course as its files describe it, valid and complete.
 *
 * @param criteria    the accreditation criteria of {@code accreditation.yaml}, in order: criterion 1 is the first
 * @param contentHash SHA-256 of every file of the course (paths and bytes), identifying this syllabus version
 */
public record CourseContent(
        String code,
        String title,
        String description,
        String versionLabel,
        List<String> moduleOrder,
        String refresherModule,
        int validityMonths,
        Practicum practicum,
        int renewalPracticumMonths,
        Qualification qualification,
        List<ModuleContent> modules,
        List<QuizContent> quizzes,
        List<Competence> competences,
        List<Criterion> criteria,
        String contentHash) {

    /**
     * What the certificate stands for, as {@code course.yaml} states it: shown on the course page and the public About
     * page, and used as the credential's and the certificate's achievement.
     *
     * @param name the achievement's name, e.g. "Facilitator of parent-infant communication in infant massage classes"
     * @param entryRequirement who may enrol
     * @param workshop the face-to-face workshop the trainer runs and records
     * @param observedPractice the observed practicum
     * @param certifies what holding the certificate means
     * @param doesNotCertify what the certificate does not mean, one item each
     */
    public record Qualification(
            String name,
            String entryRequirement,
            String workshop,
            String observedPractice,
            String certifies,
            List<String> doesNotCertify) {

        public Qualification {
            doesNotCertify = List.copyOf(doesNotCertify);
        }
    }

    /** The practicum target trainees must meet before sign-off. */
    public record Practicum(int sessions, int families) {}

    /**
     * One competence of the observed-practice framework with its two descriptors and how it is assessed.
     *
     * @param evidence one of {@link #EVIDENCE_METHODS}: seen in a class, a professional discussion with the trainer,
     *                 or a portfolio item
     */
    public record Competence(String id, String title, String competent, String notYetCompetent, String evidence) {

        /** The evidence methods a competence may name, as written in {@code competences.yaml}. */
        public static final List<String> EVIDENCE_METHODS = List.of("observed", "discussion", "portfolio");
    }

    /**
     * One accreditation criterion a training organisation must meet to be accredited as communication-focused.
     *
     * @param waivable  false when "accredited with conditions" may not leave it unmet
     * @param documents the evidence documents an application must contain for it, at least one
     */
    public record Criterion(String id, String title, String required, boolean waivable, List<Document> documents) {}

    /** An evidence document a criterion requires, e.g. "Practicum handbook". */
    public record Document(String id, String title) {}
}
