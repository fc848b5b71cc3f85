/**
 * Module quizzes: drawing questions from a quiz's bank, attempts whose every answer is saved as it changes, grading
 * on the server, and the statistics that show trainers which questions work.
 */
package org.attune.quiz;
