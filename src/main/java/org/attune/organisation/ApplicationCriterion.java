package org.attune.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;

/** The applicant's statement for one criterion and the administrator's review of it. */
@Entity
@Table(name = "application_criterion")
public class ApplicationCriterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private AccreditationApplication application;

    @Getter
    private int criterion;

    @Getter
    private String statement;

    /** The ids of the criterion's documents the applicant says the evidence holds, one per line. */
    private String documentsProvided;

    @Getter
    private String review;

    @Getter
    private String reviewComment;

    protected ApplicationCriterion() {
        // for JPA
    }

    ApplicationCriterion(AccreditationApplication application, int criterion, String statement, Set<String> documents) {
        this.application = application;
        this.criterion = criterion;
        this.statement = statement;
        this.documentsProvided = documents.isEmpty() ? null : String.join("\n", new TreeSet<>(documents));
    }

    void review(boolean met, String comment) {
        this.review = met ? "MET" : "NOT_MET";
        this.reviewComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** The ids of the documents the applicant says the evidence for this criterion holds. */
    public Set<String> providedDocuments() {
        return documentsProvided == null ? Set.of() : Set.of(documentsProvided.split("\n"));
    }
}
