package org.attune.delivery;

/** The person holds no active certificate, so may not record programmes. */
public class NotCertifiedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
