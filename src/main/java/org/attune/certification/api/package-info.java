/** Certificates over HTTP: verification, the PDF and the credential, the status list, the issuer's keys. */
package org.attune.certification.api;
