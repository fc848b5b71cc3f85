/**
 * Delivery fidelity after certification: certified facilitators record the programmes they run, parents answer a
 * short anonymous form per session by its feedback code, and the facilitator sees aggregate profiles (at least five
 * responses behind every figure), never an individual response.
 */
package org.attune.delivery;
