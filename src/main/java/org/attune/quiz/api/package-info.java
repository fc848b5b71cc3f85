/** The quiz page's autosave: one answer at a time, saved as the trainee gives it. */
package org.attune.quiz.api;
