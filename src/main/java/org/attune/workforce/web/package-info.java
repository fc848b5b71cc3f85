/** The manager's workspace pages: my facilitators, bulk verification, API tokens. */
package org.attune.workforce.web;
