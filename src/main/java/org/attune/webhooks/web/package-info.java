/** The manager's webhooks page: endpoints, the secret shown once, a test event and the delivery log. */
package org.attune.webhooks.web;
