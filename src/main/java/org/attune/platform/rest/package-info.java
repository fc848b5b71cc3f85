/** The JAX-RS application under {@code /api}, problem details for errors, and CSRF protection for API writes. */
package org.attune.platform.rest;
