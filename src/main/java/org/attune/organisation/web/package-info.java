/** Administrators' pages for organisations and the people in them. */
package org.attune.organisation.web;
