/** The trainee's dashboard, course page and module pages. */
package org.attune.learning.web;
