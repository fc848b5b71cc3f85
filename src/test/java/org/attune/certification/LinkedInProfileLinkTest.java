package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LinkedInProfileLinkTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void carriesLinkedInsDocumentedCertificationParametersEncodedInOrder() {
        String link = LinkedInProfileLink.of(
                "Facilitator: infant communication & massage",
                "Riverside Training",
                Instant.parse("2026-06-01T09:00:00Z"),
                Instant.parse("2029-06-01T09:00:00Z"),
                "https://attune.example/share/ATT-7K3M-Q9XZ-2D4F-H",
                "ATT-7K3M-Q9XZ-2D4F-H",
                UK);
        assertEquals(
                "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
                        + "&name=Facilitator%3A%20infant%20communication%20%26%20massage&organizationName=Riverside%20Training"
                        + "&issueYear=2026&issueMonth=6&expirationYear=2029&expirationMonth=6"
                        + "&certUrl=https%3A%2F%2Fattune.example%2Fshare%2FATT-7K3M-Q9XZ-2D4F-H&certId=ATT-7K3M-Q9XZ-2D4F-H",
                link);
    }

    @Test
    void monthsAreTheMonthsPrintedInUkTimeNotUtc() {
        // 23:30 UTC on 31 May is 00:30 on 1 June in British summer time
        String link = LinkedInProfileLink.of(
                "N",
                "O",
                Instant.parse("2026-05-31T23:30:00Z"),
                Instant.parse("2029-12-31T23:30:00Z"),
                "https://a.example/share/X",
                "X",
                UK);
        assertEquals(true, link.contains("&issueYear=2026&issueMonth=6&expirationYear=2029&expirationMonth=12&"), link);
    }
}
