/**
 * The analyses offered as OGC API - Processes processes ({@link org.ecocorridor.server.processes.AnalysisProcess}):
 * each describes its inputs as JSON Schema, validates a request (naming the bad field), runs on the store
 * with a progress callback, publishes its layers and returns a report. The job system
 * ({@code org.ecocorridor.server.jobs}) runs them; the command line ({@code run}) too.
 */
package org.ecocorridor.server.processes;
