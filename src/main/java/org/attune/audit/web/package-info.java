/** The administrators' view of the audit log. */
package org.attune.audit.web;
