/**
 * Demo data for the run mode (embedded database only): organisations and one account per role, announced in the
 * start-up log as {@code DEMO <what>: <value>} lines that people and scripts rely on.
 */
package org.attune.demo;
