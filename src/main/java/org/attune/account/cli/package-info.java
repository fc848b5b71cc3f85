/**
 * The operator's command line ({@code scripts/attune-admin}): runs beside the server against the same database with
 * plain JDBC, without CDI or JPA, so it needs only the WAR's own classes and libraries.
 */
package org.attune.account.cli;
