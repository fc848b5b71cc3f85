/** Shared test support: the deployment under test, the test database, the browser and the accessibility check. */
package org.attune.testing;
