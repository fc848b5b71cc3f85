package org.attune.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.attune.account.PeopleService;
import org.attune.account.Person;

/** Backs {@code admin/people.xhtml}: finds people by name or e-mail address. */
@Named
@RequestScoped
public class PeopleView {

    static final int MAX_RESULTS = 200;

    @Inject
    private PeopleService people;

    @Getter
    private String query;

    private List<Person> found;

    public void search() {
        found = people.search(query, MAX_RESULTS);
    }

    public List<Person> getFound() {
        if (found == null) {
            search();
        }
        return found;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
