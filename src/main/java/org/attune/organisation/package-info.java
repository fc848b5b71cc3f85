/** Training organisations and employers, and the memberships that scope who sees whose records. */
package org.attune.organisation;
