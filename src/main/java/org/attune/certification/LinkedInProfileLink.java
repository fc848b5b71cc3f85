package org.attune.certification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * LinkedIn's "Add to profile" link for a certification: the member opens it signed in to LinkedIn and finds the
 * certification form filled in. Only the parameters LinkedIn documents for it are used: {@code startTask=
 * CERTIFICATION_NAME}, {@code name}, {@code organizationName}, {@code issueYear}, {@code issueMonth},
 * {@code expirationYear}, {@code expirationMonth} (months 1 to 12), {@code certUrl} and {@code certId}. LinkedIn
 * receives nothing the link does not carry: no request goes to LinkedIn until the holder follows it.
 */
public final class LinkedInProfileLink {

    static final String ADD_TO_PROFILE = "https://www.linkedin.com/profile/add";

    private LinkedInProfileLink() {}

    /**
     * The link for one certification; issue and expiry months are counted in {@code zone} (the month printed on the
     * certificate).
     */
    public static String of(
            String name,
            String organisationName,
            Instant issued,
            Instant expires,
            String certUrl,
            String certId,
            ZoneId zone) {
        ZonedDateTime issuedAt = issued.atZone(zone);
        ZonedDateTime expiresAt = expires.atZone(zone);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("startTask", "CERTIFICATION_NAME");
        parameters.put("name", name);
        parameters.put("organizationName", organisationName);
        parameters.put("issueYear", String.valueOf(issuedAt.getYear()));
        parameters.put("issueMonth", String.valueOf(issuedAt.getMonthValue()));
        parameters.put("expirationYear", String.valueOf(expiresAt.getYear()));
        parameters.put("expirationMonth", String.valueOf(expiresAt.getMonthValue()));
        parameters.put("certUrl", certUrl);
        parameters.put("certId", certId);
        return ADD_TO_PROFILE + "?"
                + parameters.entrySet().stream()
                        .map(p -> p.getKey() + "="
                                + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                        .collect(Collectors.joining("&"));
    }
}
