package org.attune.delivery;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.Getter;

/**
 * A programme a certified facilitator runs: where, from when, how many weekly sessions, for whom, and for how many
 * families. Its sessions, each with a feedback code, are made with it, one week apart.
 */
@Entity
@Table(name = "delivery_programme")
public class DeliveryProgramme implements Serializable {

    private static final long serialVersionUID = 1L;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    private long personId;

    @Getter
    @Enumerated(EnumType.STRING)
    private DeliverySetting setting;

    @Getter
    private LocalDate startsOn;

    @Getter
    private int sessionCount;

    /** The commissioning organisation's name as typed, or the chosen organisation's name when it was recorded. */
    @Getter
    private String commissionerName;

    @Getter
    private Long commissionerId;

    @Getter
    private int expectedFamilies;

    private Instant createdAt;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<DeliverySession> sessions = new ArrayList<>();

    protected DeliveryProgramme() {}

    DeliveryProgramme(long personId, ProgrammeForm form, String commissionerName, Instant now, SecureRandom random) {
        this.personId = personId;
        this.setting = Objects.requireNonNull(form.setting());
        this.startsOn = Objects.requireNonNull(form.startsOn());
        this.sessionCount = form.sessions();
        this.commissionerId = form.commissionerId();
        this.commissionerName = commissionerName;
        this.expectedFamilies = form.expectedFamilies();
        this.createdAt = now;
        for (int n = 1; n <= sessionCount; n++) {
            sessions.add(new DeliverySession(this, n, startsOn.plusWeeks(n - 1L), FeedbackCode.random(random)));
        }
    }

    public List<DeliverySession> getSessions() {
        return List.copyOf(sessions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliveryProgramme other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
