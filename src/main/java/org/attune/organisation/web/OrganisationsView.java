package org.attune.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.attune.organisation.Organisation;
import org.attune.organisation.OrganisationService;

/** Backs {@code admin/organisations.xhtml}: every organisation, with links to edit them. */
@Named
@RequestScoped
public class OrganisationsView {

    @Inject
    private OrganisationService organisations;

    @Getter
    private List<Organisation> all;

    @PostConstruct
    void load() {
        all = organisations.all();
    }
}
