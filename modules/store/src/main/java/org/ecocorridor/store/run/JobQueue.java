package org.ecocorridor.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ecocorridor.store.sql.JdbcValues;
import org.ecocorridor.store.sql.SqlDialect;
import org.ecocorridor.store.sql.Transactions;

/**
 * The durable job queue on {@code analysis_runs}, shared by every server instance on one database.
 *
 * <p>States: a submitted job is {@code accepted}; a worker <em>claims</em> it ({@code running}, its
 * instance id in {@code worker}) and refreshes {@code heartbeat_at} while it runs; it ends
 * {@code successful}, {@code failed} or {@code dismissed}. Every transition out of {@code accepted} or
 * {@code running} is a compare-and-set on the status, so two instances never both claim a job, and a
 * worker whose job was dismissed (or failed by the stale sweep) meanwhile learns it from
 * {@link #finish} returning false.
 *
 * <p>Claiming uses {@code SELECT ... FOR UPDATE SKIP LOCKED} on PostgreSQL (claimers skip each other's
 * candidate rows instead of queueing behind them) and a compare-and-set {@code UPDATE ... WHERE
 * status = 'accepted'} on H2, whose embedded database has one process anyway.
 *
 * <p>Thread-safe (stateless over a pooled data source).
 */
public final class JobQueue {
    private final DataSource dataSource;
    private final SqlDialect dialect;

    public JobQueue(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /**
     * Records a new job.
     *
     * @param worker null for an {@code accepted} job any instance may claim; an instance id to record it
     *               as already {@code running} there (synchronous execution in the request thread)
     * @return its id
     */
    public long submit(String processId, String parametersJson, String submittedBy, boolean publicRun, String worker) {
        if (processId == null || processId.isBlank()) {
            throw new IllegalArgumentException("Process id is blank");
        }
        Instant now = Instant.now();
        return Transactions.withConnection(dataSource, "Submitting job of " + processId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysis_runs (process_id, status, parameters,"
                    + " submitted_by, created_at, started_at, heartbeat_at, updated_at, progress, public_run, worker)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", new String[] {"id"})) {
                ps.setString(1, processId);
                ps.setString(2, (worker == null ? RunStatus.ACCEPTED : RunStatus.RUNNING).code());
                ps.setString(3, parametersJson);
                ps.setString(4, submittedBy);
                JdbcValues.bindInstant(ps, 5, now);
                JdbcValues.bindInstant(ps, 6, worker == null ? null : now);
                JdbcValues.bindInstant(ps, 7, worker == null ? null : now);
                JdbcValues.bindInstant(ps, 8, now);
                ps.setBoolean(9, publicRun);
                ps.setString(10, worker);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Claims the oldest {@code accepted} job for {@code worker}: it becomes {@code running} there.
     *
     * @return the claimed run, or empty when the queue is empty
     */
    public Optional<AnalysisRun> claim(String worker) {
        Instant now = Instant.now();
        Optional<Long> id = dialect == SqlDialect.POSTGIS ? claimSkipLocked(worker, now) : claimCompareAndSet(worker, now);
        return id.flatMap(this::get);
    }

    private Optional<Long> claimSkipLocked(String worker, Instant now) {
        return Transactions.withConnection(dataSource, "Claiming a job", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_runs SET status = 'running', worker = ?,"
                    + " started_at = ?, heartbeat_at = ?, updated_at = ? WHERE id = (SELECT id FROM analysis_runs"
                    + " WHERE status = 'accepted' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                    + " AND status = 'accepted' RETURNING id")) {
                bindClaim(ps, worker, now);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    private Optional<Long> claimCompareAndSet(String worker, Instant now) {
        return Transactions.withConnection(dataSource, "Claiming a job", c -> {
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM analysis_runs WHERE status = 'accepted'"
                    + " ORDER BY created_at, id FETCH FIRST 8 ROWS ONLY");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getLong(1));
                }
            }
            for (long id : candidates) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_runs SET status = 'running',"
                        + " worker = ?, started_at = ?, heartbeat_at = ?, updated_at = ?"
                        + " WHERE id = ? AND status = 'accepted'")) {
                    bindClaim(ps, worker, now);
                    ps.setLong(5, id);
                    if (ps.executeUpdate() == 1) {
                        return Optional.of(id);
                    }
                }
            }
            return Optional.<Long>empty();
        });
    }

    private static void bindClaim(PreparedStatement ps, String worker, Instant now) throws SQLException {
        ps.setString(1, worker);
        JdbcValues.bindInstant(ps, 2, now);
        JdbcValues.bindInstant(ps, 3, now);
        JdbcValues.bindInstant(ps, 4, now);
    }

    /** Refreshes the heartbeat of the given running jobs of {@code worker}. */
    public void heartbeat(String worker, Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Transactions.withConnection(dataSource, "Heartbeat of " + worker, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_runs SET heartbeat_at = ?"
                    + " WHERE id = ? AND worker = ? AND status = 'running'")) {
                for (long id : runIds) {
                    JdbcValues.bindInstant(ps, 1, now);
                    ps.setLong(2, id);
                    ps.setString(3, worker);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Records progress of a running job: fraction, message, estimated seconds left; a changed message
     * is also appended to the job's message log.
     */
    public void progress(long id, double fraction, String message, Double etaSeconds, boolean logMessage) {
        AnalysisRunStore.requireProgress(fraction);
        Transactions.inTransaction(dataSource, "Progress of job " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_runs SET progress = ?, message = ?,"
                    + " eta_seconds = ?, updated_at = ? WHERE id = ? AND status = 'running'")) {
                ps.setDouble(1, fraction);
                ps.setString(2, message);
                if (etaSeconds == null) {
                    ps.setNull(3, java.sql.Types.DOUBLE);
                } else {
                    ps.setDouble(3, etaSeconds);
                }
                JdbcValues.bindInstant(ps, 4, Instant.now());
                ps.setLong(5, id);
                if (ps.executeUpdate() == 1 && logMessage && message != null) {
                    appendMessage(c, id, message);
                }
            }
            return null;
        });
    }

    /** Appends a line to the job's message log. */
    public void log(long id, String message) {
        Transactions.withConnection(dataSource, "Logging job " + id, c -> {
            appendMessage(c, id, message);
            return null;
        });
    }

    private static void appendMessage(Connection c, long id, String message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO analysis_run_messages (run_id, created_at, message) VALUES (?, ?, ?)")) {
            ps.setLong(1, id);
            JdbcValues.bindInstant(ps, 2, Instant.now());
            ps.setString(3, message);
            ps.executeUpdate();
        }
    }

    /** Whether a dismissal was asked for this job, or it is no longer running (dismissed or swept). */
    public boolean shouldStop(long id) {
        return Transactions.withConnection(dataSource, "Reading job " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT cancel_requested, status FROM analysis_runs WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return !rs.next() || rs.getBoolean(1) || !RunStatus.RUNNING.code().equals(rs.getString(2));
                }
            }
        });
    }

    /**
     * Ends a running job (compare-and-set: only while it is still {@code running}).
     *
     * @param status      successful or failed
     * @param resultsJson results document (successful) or failure (failed), JSON text, or null
     * @param reportJson  the run's report, JSON text, or null
     * @return false when the job was no longer running (dismissed or swept meanwhile): the caller must
     *         then remove whatever it published
     */
    public boolean finish(long id, RunStatus status, String message, String resultsJson, String reportJson) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("Cannot finish job " + id + " as " + status.code());
        }
        return end(id, status, message, resultsJson, reportJson, "status = 'running'");
    }

    /**
     * Dismisses a job that has not ended: an {@code accepted} job never starts; a {@code running} job's
     * worker sees {@code cancel_requested} and stops.
     *
     * @return false when the job had already ended
     */
    public boolean dismiss(long id, String message) {
        return end(id, RunStatus.DISMISSED, message, null, null, "status IN ('accepted', 'running')");
    }

    /**
     * Dismisses a job that had ended (its layers are deleted by the caller).
     *
     * @return false when it had not ended, or was already dismissed
     */
    public boolean dismissFinished(long id, String message) {
        return end(id, RunStatus.DISMISSED, message, null, null, "status IN ('successful', 'failed')");
    }

    /** Stores the report of an ended job (e.g. a dismissed one's, written after the dismissal). */
    public void storeReport(long id, String reportJson) {
        Transactions.withConnection(dataSource, "Storing report of job " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_runs SET report = ? WHERE id = ?")) {
                ps.setString(1, reportJson);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private boolean end(long id, RunStatus status, String message, String resultsJson, String reportJson,
            String condition) {
        Instant now = Instant.now();
        return Transactions.inTransaction(dataSource, "Ending job " + id, c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_runs SET status = ?, message = ?,"
                    + " finished_at = ?, updated_at = ?, eta_seconds = NULL,"
                    + " cancel_requested = CASE WHEN ? THEN TRUE ELSE cancel_requested END,"
                    + " progress = CASE WHEN ? THEN 1 ELSE progress END,"
                    + " results = COALESCE(?, results), report = COALESCE(?, report)"
                    + " WHERE id = ? AND " + condition)) {
                ps.setString(1, status.code());
                ps.setString(2, message);
                JdbcValues.bindInstant(ps, 3, now);
                JdbcValues.bindInstant(ps, 4, now);
                ps.setBoolean(5, status == RunStatus.DISMISSED);
                ps.setBoolean(6, status == RunStatus.SUCCESSFUL);
                ps.setString(7, resultsJson);
                ps.setString(8, reportJson);
                ps.setLong(9, id);
                n = ps.executeUpdate();
            }
            if (n == 1 && message != null) {
                appendMessage(c, id, message);
            }
            return n == 1;
        });
    }

    /**
     * Fails every running job whose heartbeat is older than {@code staleBefore}: its instance stopped
     * or died. The caller deletes their layers.
     *
     * @return the runs failed, as they were before (their ids, owners and processes)
     */
    public List<AnalysisRun> failStale(Instant staleBefore, String reason) {
        List<AnalysisRun> stale = Transactions.withConnection(dataSource, "Finding stale jobs", c -> {
            List<AnalysisRun> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + AnalysisRunStore.COLUMNS
                    + " FROM analysis_runs WHERE status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < ?)")) {
                JdbcValues.bindInstant(ps, 1, staleBefore);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runs.add(AnalysisRunStore.read(rs));
                    }
                }
            }
            return runs;
        });
        List<AnalysisRun> failed = new ArrayList<>();
        for (AnalysisRun run : stale) {
            // Compare-and-set on the heartbeat too: a worker that came back to life keeps its job.
            String condition = "status = 'running' AND (heartbeat_at IS NULL OR heartbeat_at < ?)";
            boolean ended = Transactions.inTransaction(dataSource, "Failing stale job " + run.id(), c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_runs SET status = 'failed', message = ?,"
                        + " finished_at = ?, updated_at = ?, eta_seconds = NULL WHERE id = ? AND " + condition)) {
                    Instant now = Instant.now();
                    ps.setString(1, reason);
                    JdbcValues.bindInstant(ps, 2, now);
                    JdbcValues.bindInstant(ps, 3, now);
                    ps.setLong(4, run.id());
                    JdbcValues.bindInstant(ps, 5, staleBefore);
                    if (ps.executeUpdate() != 1) {
                        return false;
                    }
                }
                appendMessage(c, run.id(), reason);
                return true;
            });
            if (ended) {
                failed.add(run);
            }
        }
        return failed;
    }

    private Optional<AnalysisRun> get(long id) {
        return Transactions.withConnection(dataSource, "Reading job " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + AnalysisRunStore.COLUMNS
                    + " FROM analysis_runs WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(AnalysisRunStore.read(rs)) : Optional.<AnalysisRun>empty();
                }
            }
        });
    }
}
