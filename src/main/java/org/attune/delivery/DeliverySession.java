package org.attune.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import lombok.Getter;

/** One session of a programme, with the code parents answer it by: open until {@link #OPEN_DAYS} days after it. */
@Entity
@Table(name = "delivery_session")
public class DeliverySession implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Days after the session's date on which its code still opens the form. */
    public static final int OPEN_DAYS = 7;

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Getter
    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id", nullable = false)
    private DeliveryProgramme programme;

    @Getter
    @Column(name = "session_number", nullable = false)
    private int number;

    @Getter
    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Getter
    @Column(name = "feedback_code", nullable = false, length = 8)
    private String code;

    protected DeliverySession() {}

    DeliverySession(DeliveryProgramme programme, int number, LocalDate date, String code) {
        this.programme = Objects.requireNonNull(programme);
        this.number = number;
        this.date = Objects.requireNonNull(date);
        this.code = Objects.requireNonNull(code);
    }

    /** Whether the code still opens the form on {@code today}: up to and including the session's date + 7 days. */
    public boolean openOn(LocalDate today) {
        return !today.isAfter(closesAfter());
    }

    /** The last day the code works. */
    public LocalDate closesAfter() {
        return date.plusDays(OPEN_DAYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeliverySession other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
