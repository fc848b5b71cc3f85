package org.attune.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An accreditation criterion as one syllabus version's {@code accreditation.yaml} defines it; never changed. */
@Entity
@Cacheable // imported versions never change, so every node may keep them in the shared cache
@Table(name = "accreditation_criterion_definition")
public class AccreditationCriterionDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "syllabus_version_id", nullable = false)
    private SyllabusVersion version;

    @Column(name = "criterion_key", nullable = false)
    private String key;

    private int position;

    private String title;

    private String requirement;

    private boolean waivable;

    /** One document per line: its id, a tab, its title. */
    private String documents;

    protected AccreditationCriterionDefinition() {
        // for JPA
    }

    AccreditationCriterionDefinition(
            SyllabusVersion version,
            String key,
            int position,
            String title,
            String requirement,
            boolean waivable,
            List<AccreditationCriterion.Document> documents) {
        this.version = version;
        this.key = key;
        this.position = position;
        this.title = title;
        this.requirement = requirement;
        this.waivable = waivable;
        this.documents = String.join(
                "\n", documents.stream().map(d -> d.id() + "\t" + d.title()).toList());
    }

    /** As a value: number {@code position + 1}. */
    AccreditationCriterion toCriterion() {
        List<AccreditationCriterion.Document> list = new ArrayList<>();
        for (String line : documents.split("\n")) {
            int tab = line.indexOf('\t');
            list.add(new AccreditationCriterion.Document(line.substring(0, tab), line.substring(tab + 1)));
        }
        return new AccreditationCriterion(position + 1, key, title, requirement, waivable, list);
    }

    int getPosition() {
        return position;
    }
}
