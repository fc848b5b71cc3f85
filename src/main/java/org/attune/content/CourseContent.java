package org.attune.content;

import java.util.List;

/**
 * One course as its files describe it, valid and complete.
 *
 * @param criteria    the accreditation criteria of {@code accreditation.yaml}, in order: criterion 1 is the first
 * @param contentHash SHA-256 of every file of the course (paths and bytes), identifying this syllabus version
 */
public record CourseContent(String code, String title, String description, String versionLabel,
        List<String> moduleOrder, String refresherModule, int validityMonths, Practicum practicum,
        int renewalPracticumMonths, List<ModuleContent> modules, List<QuizContent> quizzes,
        List<Competence> competences, List<Criterion> criteria, String contentHash) {

    /** The practicum target trainees must meet before sign-off. */
    public record Practicum(int sessions, int families) {
    }

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
    public record Criterion(String id, String title, String required, boolean waivable, List<Document> documents) {
    }

    /** An evidence document a criterion requires, e.g. "Practicum handbook". */
    public record Document(String id, String title) {
    }
}
