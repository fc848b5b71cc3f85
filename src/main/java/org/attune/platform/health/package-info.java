/** MicroProfile Health checks: liveness, and readiness that needs a reachable, migrated database. */
package org.attune.platform.health;
