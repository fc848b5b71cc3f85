/**
 * Courses in the database: syllabus versions imported from {@code content/} (modules with their rendered sections,
 * quiz definitions, competence frameworks), and the import that keeps them in step with the files.
 */
package org.attune.catalog;
