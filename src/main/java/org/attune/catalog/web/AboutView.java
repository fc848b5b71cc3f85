package org.attune.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Getter;
import org.attune.catalog.CatalogService;
import org.attune.catalog.SyllabusVersion;

/** Backs the public {@code about-accreditation.xhtml}: the qualification the live course states. */
@Named
@RequestScoped
public class AboutView {

    @Inject
    private CatalogService catalog;

    /** The live syllabus version that states a qualification, or null before any content has one. */
    @Getter
    private SyllabusVersion version;

    @PostConstruct
    void load() {
        version = catalog.liveVersions().stream()
                .filter(v -> v.qualification().isPresent())
                .findFirst()
                .orElse(null);
    }
}
