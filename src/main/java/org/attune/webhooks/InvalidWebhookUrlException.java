package org.attune.webhooks;

/** A webhook address Attune will not send to; {@link #key()} names the message in the bundle that says why. */
public class InvalidWebhookUrlException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;

    public InvalidWebhookUrlException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
