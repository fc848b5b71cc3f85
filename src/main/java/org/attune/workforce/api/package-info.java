/** Bulk verification for other systems, with an employer's API token. */
package org.attune.workforce.api;
