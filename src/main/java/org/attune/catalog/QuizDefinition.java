package org.attune.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import lombok.Getter;

/** A module's quiz rules and question bank as imported; the quiz feature draws, shuffles and grades from it. */
@Entity
@Cacheable // imported versions never change, so every node may keep them in the shared cache
@Table(name = "quiz_definition")
public class QuizDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @OneToOne(optional = false)
    @JoinColumn(name = "course_module_id", nullable = false, unique = true)
    private CourseModule module;

    @Getter
    private int drawCount;

    @Getter
    private int passMark;

    @Getter
    private int attemptsAllowed;

    @Getter
    private int coolDownMinutes;

    @Getter
    private Integer timeLimitMinutes;

    @Getter
    private boolean shuffleOptions;

    @Getter
    private boolean partialCredit;

    @Getter
    private int questionCount;

    @Getter
    private String questionsJson;

    protected QuizDefinition() {
        // for JPA
    }

    QuizDefinition(
            CourseModule module,
            int drawCount,
            int passMark,
            int attemptsAllowed,
            int coolDownMinutes,
            Integer timeLimitMinutes,
            boolean shuffleOptions,
            boolean partialCredit,
            int questionCount,
            String questionsJson) {
        this.module = module;
        this.drawCount = drawCount;
        this.passMark = passMark;
        this.attemptsAllowed = attemptsAllowed;
        this.coolDownMinutes = coolDownMinutes;
        this.timeLimitMinutes = timeLimitMinutes;
        this.shuffleOptions = shuffleOptions;
        this.partialCredit = partialCredit;
        this.questionCount = questionCount;
        this.questionsJson = questionsJson;
    }
}
