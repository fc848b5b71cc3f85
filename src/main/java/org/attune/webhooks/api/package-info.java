/** Webhooks over HTTP: the events sent to an employer's endpoints, for its systems to reconcile (API token). */
package org.attune.webhooks.api;
