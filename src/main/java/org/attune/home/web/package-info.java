/** Backs {@code account/home.xhtml}: the to-do list of every role the signed-in person has. */
package org.attune.home.web;
