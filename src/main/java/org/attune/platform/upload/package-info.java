/** Uploaded files: which types are accepted, recognised by their content. */
package org.attune.platform.upload;
