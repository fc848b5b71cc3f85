/** The trainee's quiz pages (rules, attempt, feedback) and the trainers' results and question statistics. */
package org.attune.quiz.web;
