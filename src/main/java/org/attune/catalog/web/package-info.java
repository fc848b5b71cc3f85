/** The administrators' Content page. */
package org.attune.catalog.web;
