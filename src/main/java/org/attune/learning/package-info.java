/** Trainees' enrolment on a syllabus version and their reading progress through its modules. */
package org.attune.learning;
