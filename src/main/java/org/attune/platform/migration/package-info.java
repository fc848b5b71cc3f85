/** Brings the database schema up to date with Flyway before anything else touches it. */
package org.attune.platform.migration;
