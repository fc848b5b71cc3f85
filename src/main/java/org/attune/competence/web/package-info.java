/** Pages of observed practice: the trainee's practicum log and record, observations, sign-off, moderation, dashboard. */
package org.attune.competence.web;
