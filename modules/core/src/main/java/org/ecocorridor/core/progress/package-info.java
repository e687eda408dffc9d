/**
 * Progress reporting and cooperative cancellation for long-running algorithms
 * ({@link org.ecocorridor.core.progress.ProgressListener}).
 */
package org.ecocorridor.core.progress;
