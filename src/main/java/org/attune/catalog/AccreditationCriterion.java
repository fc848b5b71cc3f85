package org.attune.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * An accreditation criterion of the live syllabus, as a value pages and services may hold.
 *
 * @param number    1 for the first criterion of {@code accreditation.yaml}; applications refer to criteria by number
 * @param waivable  false when "accredited with conditions" may not leave it unmet
 * @param documents the evidence documents an application must contain for it
 */
public record AccreditationCriterion(
        int number, String key, String title, String requirement, boolean waivable, List<Document> documents)
        implements Serializable {

    public AccreditationCriterion {
        documents = List.copyOf(documents);
    }

    /** A named evidence document, e.g. "Practicum handbook". */
    public record Document(String id, String title) implements Serializable {}

    /** The documents not among {@code provided} (document ids), in the order the criterion names them. */
    public List<Document> missing(Set<String> provided) {
        return documents.stream().filter(d -> !provided.contains(d.id())).toList();
    }

    public boolean names(String documentId) {
        return documents.stream().anyMatch(d -> d.id().equals(documentId));
    }
}
