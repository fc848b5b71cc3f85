/**
 * Reads and validates a {@code content/} tree (course manifest, Markdown modules, YAML quizzes, competence
 * framework, media) into value objects, reporting every problem as {@code file:line: message}. No JPA, no CDI: the
 * command-line checker ({@link org.attune.content.ContentCheck}) and the tests use it without a server.
 */
package org.attune.content;
