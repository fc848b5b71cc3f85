package org.attune.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/** One drawn question of an attempt: the order its choices are shown in, the answer as last saved, its score. */
@Entity
@Table(name = "attempt_question")
public class AttemptQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id", nullable = false)
    private QuizAttempt attempt;

    @Getter
    private int position;

    @Getter
    private String questionKey;

    private String presentation;

    @Getter
    private String answer;

    private Instant answeredAt;

    @Getter
    private Double score;

    private Long answerSequence;

    protected AttemptQuestion() {
        // for JPA
    }

    AttemptQuestion(QuizAttempt attempt, int position, String questionKey, Presentation presentation) {
        this.attempt = Objects.requireNonNull(attempt);
        this.position = position;
        this.questionKey = Objects.requireNonNull(questionKey);
        this.presentation = presentation.encode();
    }

    void answer(String stored, Instant now) {
        this.answer = stored;
        this.answeredAt = now;
    }

    /**
     * Applies an autosave numbered by the page, unless a save with the same or a higher number was applied already
     * (saves can reach the server out of order).
     *
     * @return whether the answer changed to this one
     */
    boolean answer(String stored, long sequence, Instant now) {
        if (answerSequence != null && sequence <= answerSequence) {
            return false;
        }
        answer(stored, now);
        this.answerSequence = sequence;
        return true;
    }

    /** The number of the last autosave applied, 0 when none was numbered. */
    public long getAnswerSequence() {
        return answerSequence == null ? 0 : answerSequence;
    }

    void grade(double questionScore) {
        this.score = questionScore;
    }

    public Presentation presentation() {
        return Presentation.decode(presentation);
    }

    public boolean isAnswered() {
        return answer != null;
    }
}
