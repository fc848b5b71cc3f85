package org.attune.platform.rest;

/** Names and examples shared by the API's OpenAPI annotations, so every resource documents them alike. */
public final class ApiDocs {

    public static final String CERTIFICATES = "Certificates";
    public static final String ISSUER = "Issuer";
    public static final String EMPLOYERS = "Employers";
    public static final String QUIZ = "Quiz";

    /** The security scheme of API tokens ({@code Authorization: Bearer att_...}). */
    public static final String BEARER = "apiToken";
    /** The security scheme of the pages' session cookie. */
    public static final String SESSION = "session";

    public static final String PROBLEM_JSON = "application/problem+json";

    /** A certificate number as printed (look-ups also accept lower case, spaces and missing dashes). */
    public static final String CERTIFICATE_NUMBER_PATTERN =
            "^ATT-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$";

    public static final String CERTIFICATE_NUMBER_EXAMPLE = "ATT-7K3M-Q9XZ-2D4F-H";

    public static final String PROBLEM_EXAMPLE = "{\"type\":\"about:blank\",\"title\":\"Unknown certificate\","
            + "\"status\":404,\"detail\":\"No certificate has the number ATT-7K3M-Q9XZ-2D4F-H.\"}";
    public static final String UNAUTHORIZED_EXAMPLE = "{\"type\":\"about:blank\",\"title\":\"API token needed\","
            + "\"status\":401,\"detail\":\"Send a live API token of your organisation as Authorization: Bearer"
            + " <token>.\"}";

    private ApiDocs() {}
}
