package org.attune.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.attune.account.PeopleService;
import org.attune.account.Person;
import org.attune.certification.CertificateNumber;
import org.attune.certification.CertificationService;
import org.attune.workforce.ApiTokenService;
import org.attune.workforce.WorkforceService;

/**
 * The demo manager's workspace: the demo certificates on the roster (so alerts show: one expiring, one expired,
 * one suspended, one revoked) and an API token that is the same on every start.
 */
@ApplicationScoped
class DemoWorkforce {

    static final String TOKEN = "att_demo-riverside-family-hub-bulk-verification";

    @Inject
    private PeopleService people;

    @Inject
    private WorkforceService workforce;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private CertificationService certification;

    String seed(Map<String, String> certificates) {
        Person manager = people.findByEmail("manager@attune.example").orElseThrow();
        if (workforce.roster(manager).isEmpty()) {
            certificates
                    .values()
                    .forEach(number -> CertificateNumber.parse(number)
                            .number()
                            .flatMap(certification::find)
                            .ifPresent(c -> workforce.add(manager, number, c.getHolderName())));
        }
        tokens.createKnown(manager, "Demo HR system", TOKEN);
        return TOKEN;
    }
}
