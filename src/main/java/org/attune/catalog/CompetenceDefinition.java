package org.attune.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import lombok.Getter;

/** A competence of the framework of one syllabus version, with its two descriptors and its evidence method. */
@Entity
@Cacheable // imported versions never change, so every node may keep them in the shared cache
@Table(name = "competence_definition")
public class CompetenceDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "syllabus_version_id", nullable = false)
    private SyllabusVersion version;

    @Getter
    @Column(name = "competence_key", nullable = false)
    private String key;

    private int position;

    @Getter
    private String title;

    @Getter
    private String competent;

    @Getter
    private String notYetCompetent;

    @Getter
    @Enumerated(EnumType.STRING)
    private EvidenceMethod evidenceMethod;

    protected CompetenceDefinition() {
        // for JPA
    }

    CompetenceDefinition(
            SyllabusVersion version,
            String key,
            int position,
            String title,
            String competent,
            String notYetCompetent,
            EvidenceMethod evidenceMethod) {
        this.version = version;
        this.key = key;
        this.position = position;
        this.title = title;
        this.competent = competent;
        this.notYetCompetent = notYetCompetent;
        this.evidenceMethod = Objects.requireNonNull(evidenceMethod);
    }
}
