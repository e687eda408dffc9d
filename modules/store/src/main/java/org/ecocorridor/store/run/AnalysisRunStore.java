package org.ecocorridor.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ecocorridor.store.sql.JdbcValues;
import org.ecocorridor.store.sql.Transactions;

/**
 * The {@code analysis_runs} table: a minimal record of submitted analyses (the job system builds
 * on it). Moving to {@link RunStatus#RUNNING} sets {@code startedAt} (once); moving to a final
 * status sets {@code finishedAt}, and {@code progress} to 1 when successful.
 *
 * <p>Thread-safe.
 */
public final class AnalysisRunStore {
    private static final String COLUMNS = "id, process_id, status, parameters, submitted_by, created_at,"
            + " started_at, finished_at, progress, message";

    private final DataSource dataSource;

    public AnalysisRunStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records a new run in state {@code accepted}. @return its id */
    public long insert(String processId, String parametersJson, String submittedBy) {
        if (processId == null || processId.isBlank()) {
            throw new IllegalArgumentException("Process id is blank");
        }
        return Transactions.withConnection(dataSource, "Recording run of " + processId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysis_runs (process_id, status,"
                    + " parameters, submitted_by, created_at, progress) VALUES (?, ?, ?, ?, ?, 0)", new String[] {"id"})) {
                ps.setString(1, processId);
                ps.setString(2, RunStatus.ACCEPTED.code());
                ps.setString(3, parametersJson);
                ps.setString(4, submittedBy);
                JdbcValues.bindInstant(ps, 5, Instant.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Sets the status and message of a run.
     *
     * @throws IllegalArgumentException when no run has that id
     */
    public void updateStatus(long id, RunStatus status, String message) {
        Instant now = Instant.now();
        String sql = "UPDATE analysis_runs SET status = ?, message = ?,"
                + " started_at = CASE WHEN ? AND started_at IS NULL THEN ? ELSE started_at END,"
                + " finished_at = CASE WHEN ? THEN ? ELSE finished_at END,"
                + " progress = CASE WHEN ? THEN 1 ELSE progress END WHERE id = ?";
        update(id, sql, ps -> {
            ps.setString(1, status.code());
            ps.setString(2, message);
            ps.setBoolean(3, status == RunStatus.RUNNING);
            JdbcValues.bindInstant(ps, 4, now);
            ps.setBoolean(5, status.isFinal());
            JdbcValues.bindInstant(ps, 6, now);
            ps.setBoolean(7, status == RunStatus.SUCCESSFUL);
            ps.setLong(8, id);
        });
    }

    /**
     * Sets the progress (0 to 1) and message of a run.
     *
     * @throws IllegalArgumentException for progress outside [0, 1] or an unknown id
     */
    public void updateProgress(long id, double progress, String message) {
        requireProgress(progress);
        update(id, "UPDATE analysis_runs SET progress = ?, message = ? WHERE id = ?", ps -> {
            ps.setDouble(1, progress);
            ps.setString(2, message);
            ps.setLong(3, id);
        });
    }

    /** A run by id. */
    public Optional<AnalysisRun> get(long id) {
        return Transactions.withConnection(dataSource, "Reading run " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analysis_runs WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Runs, newest first, one page. */
    public List<AnalysisRun> list(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Invalid page offset " + offset + ", limit " + limit + ": must be >= 0");
        }
        return Transactions.withConnection(dataSource, "Listing runs", c -> {
            List<AnalysisRun> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analysis_runs"
                    + " ORDER BY created_at DESC, id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                ps.setInt(1, offset);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runs.add(read(rs));
                    }
                }
            }
            return runs;
        });
    }

    static void requireProgress(double progress) {
        if (!(progress >= 0 && progress <= 1)) {
            throw new IllegalArgumentException("Invalid progress " + progress + ": must be within [0, 1]");
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(long id, String sql, Binder binder) {
        Transactions.withConnection(dataSource, "Updating run " + id, (Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("No analysis run with id " + id);
                }
            }
            return null;
        });
    }

    private static AnalysisRun read(ResultSet rs) throws SQLException {
        return new AnalysisRun(rs.getLong("id"), rs.getString("process_id"), RunStatus.of(rs.getString("status")),
                rs.getString("parameters"), rs.getString("submitted_by"),
                JdbcValues.readInstant(rs, rs.findColumn("created_at")),
                JdbcValues.readInstant(rs, rs.findColumn("started_at")),
                JdbcValues.readInstant(rs, rs.findColumn("finished_at")), rs.getDouble("progress"),
                rs.getString("message"));
    }
}
