/**
 * The application's one data source: an embedded H2 database by default, MySQL when {@code ATTUNE_DB_URL} names one.
 */
package org.attune.platform.persistence;
