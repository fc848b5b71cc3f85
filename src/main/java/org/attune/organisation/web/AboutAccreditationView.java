package org.attune.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.attune.catalog.AccreditationCriterion;
import org.attune.catalog.CatalogService;

/**
 * Backs {@code about-accreditation.xhtml}: the criteria and which of them can never be waived, read from the same
 * content ({@code accreditation.yaml}) that the review's decision rule enforces.
 */
@Named
@RequestScoped
public class AboutAccreditationView {

    @Inject
    private CatalogService catalog;

    private List<AccreditationCriterion> criteria;

    public List<AccreditationCriterion> getCriteria() {
        if (criteria == null) {
            criteria = catalog.accreditationCriteria();
        }
        return criteria;
    }

    /** The criteria "accredited with conditions" may never leave unmet. */
    public List<AccreditationCriterion> getNonWaivable() {
        return getCriteria().stream().filter(c -> !c.waivable()).toList();
    }
}
