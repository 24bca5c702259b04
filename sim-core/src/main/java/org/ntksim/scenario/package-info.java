/**
 * Scenario scripts of the proof of concept (docs/scenario-format.md): parsing with full validation
 * ({@code file:line: message}) before anything is applied, and the replay that applies the steps to a
 * {@link org.ntksim.model.Network} and collects the commands each system runs. Not thread-safe.
 */
package org.ntksim.scenario;
