/** Records of analysis runs (status, progress, times) for the job system. */
package org.ecocorridor.store.run;
