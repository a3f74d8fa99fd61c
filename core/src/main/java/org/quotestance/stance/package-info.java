/**
 * Stance toward a topic's target proposition: statements (quotes and reported speech), a trained
 * classifier that runs in-process, and the per-speaker aggregate with its evidence.
 */
package org.quotestance.stance;
