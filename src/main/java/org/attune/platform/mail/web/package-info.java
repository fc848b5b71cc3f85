/** The administrators' outbox page. */
package org.attune.platform.mail.web;
