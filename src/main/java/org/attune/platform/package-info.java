/**
 * Cross-cutting plumbing that every feature relies on: the data source, schema migrations, configuration, health
 * checks, security headers and error handling. Depends on nothing of Attune's own.
 */
package org.attune.platform;
