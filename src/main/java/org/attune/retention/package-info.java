/**
 * Data stewardship: the retention schedule (settings validated at start-up), the daily job that applies it by asking
 * each feature to delete what it owns, and the public privacy notice built from the same settings.
 */
package org.attune.retention;
