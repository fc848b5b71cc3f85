/**
 * Uploaded files: which types are accepted, recognised by their content; images stored without their metadata; one
 * stored description ({@link org.attune.platform.upload.StoredFile}) with the bytes apart, and one way to send them.
 */
package org.attune.platform.upload;
