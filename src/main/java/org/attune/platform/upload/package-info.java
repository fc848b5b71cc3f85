/** Uploaded files: which types are accepted, recognised by their content; images stored without their metadata. */
package org.attune.platform.upload;
