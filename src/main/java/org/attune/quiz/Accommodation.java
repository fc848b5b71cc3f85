package org.attune.quiz;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lombok.Getter;

/** Extra time on timed quizzes that a trainer granted a trainee; it carries over to every later attempt. */
@Entity
@Table(name = "quiz_accommodation")
public class Accommodation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The extra time a trainer can choose from, in percent of the quiz's time limit. */
    public static final List<Integer> CHOICES = List.of(0, 25, 50, 100);

    @Id
    private Long personId;

    @Getter
    private int extraTimePercent;

    private Long grantedBy;

    @Getter
    private Instant grantedAt;

    @Version
    private long version;

    protected Accommodation() {
        // for JPA
    }

    Accommodation(long personId, int extraTimePercent, long grantedBy, Instant now) {
        this.personId = personId;
        change(extraTimePercent, grantedBy, now);
    }

    void change(int percent, long by, Instant now) {
        if (!CHOICES.contains(percent)) {
            throw new IllegalArgumentException("Extra time must be one of " + CHOICES + " percent.");
        }
        this.extraTimePercent = percent;
        this.grantedBy = by;
        this.grantedAt = now;
    }

    /** The time limit with this extra time added; no limit stays no limit. */
    public static Duration extend(Integer limitMinutes, int extraPercent) {
        if (limitMinutes == null) {
            return null;
        }
        return Duration.ofSeconds(limitMinutes * 60L * (100 + extraPercent) / 100);
    }
}
