/** The public privacy notice page. */
package org.attune.retention.web;
