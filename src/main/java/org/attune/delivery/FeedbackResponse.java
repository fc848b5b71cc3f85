package org.attune.delivery;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.Getter;

/**
 * One parent's anonymous answers for one session: the answer per statement, the form version, the day (not the time)
 * it arrived, the screened comment, and a hash that lets the same device be refused a second time. Nothing here
 * leads to a person: no account, no address, no device fingerprint.
 */
@Entity
@Table(name = "delivery_response")
public class FeedbackResponse {

    @Getter
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long sessionId;

    private String deviceHash;

    private int formVersion;

    private LocalDate receivedOn;

    private String comment;

    @ElementCollection
    @CollectionTable(name = "delivery_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item_key")
    @Column(name = "answer", nullable = false)
    private Map<String, String> answers = new HashMap<>();

    protected FeedbackResponse() {}

    FeedbackResponse(
            long sessionId,
            String deviceHash,
            int formVersion,
            LocalDate receivedOn,
            Map<String, String> answers,
            String comment) {
        this.sessionId = sessionId;
        this.deviceHash = deviceHash;
        this.formVersion = formVersion;
        this.receivedOn = receivedOn;
        this.answers = new HashMap<>(answers);
        this.comment = comment;
    }
}
