/**
 * Managers of employer organisations: the roster of their facilitators, expiry alerts, bulk verification (page and
 * API) and API tokens. Reads certification; scoped to the manager's own employer throughout.
 */
package org.attune.workforce;
