/** Certificate pages: public verification, the trainee's certificate card, management by administrators and leads. */
package org.attune.certification.web;
