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
    static final String COLUMNS = "id, process_id, status, parameters, submitted_by, created_at,"
            + " started_at, finished_at, progress, message, public_run, worker, heartbeat_at, cancel_requested,"
            + " eta_seconds, updated_at";

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

    /**
     * The runs a user may see ({@link AnalysisRun#visibleTo}), newest first, one page.
     *
     * @param user      user name, or null when anonymous
     * @param admin     whether the user is an admin (sees every run)
     * @param processId only runs of this process, or null for all
     * @param status    only runs in this state, or null for all
     */
    public List<AnalysisRun> listVisible(String user, boolean admin, String processId, RunStatus status, int offset,
            int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Invalid page offset " + offset + ", limit " + limit + ": must be >= 0");
        }
        return Transactions.withConnection(dataSource, "Listing runs", c -> {
            List<AnalysisRun> runs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM analysis_runs"
                    + " WHERE (? OR public_run OR submitted_by = ?) AND (? IS NULL OR process_id = ?)"
                    + " AND (? IS NULL OR status = ?)"
                    + " ORDER BY created_at DESC, id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
                ps.setBoolean(1, admin);
                ps.setString(2, user);
                ps.setString(3, processId);
                ps.setString(4, processId);
                ps.setString(5, status == null ? null : status.code());
                ps.setString(6, status == null ? null : status.code());
                ps.setInt(7, offset);
                ps.setInt(8, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        runs.add(read(rs));
                    }
                }
            }
            return runs;
        });
    }

    /** The run's message log, oldest first (at most the last {@code max} messages). */
    public List<RunMessage> messages(long id, int max) {
        return Transactions.withConnection(dataSource, "Reading messages of run " + id, c -> {
            List<RunMessage> messages = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT created_at, message FROM analysis_run_messages"
                    + " WHERE run_id = ? ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
                ps.setLong(1, id);
                ps.setInt(2, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        messages.add(new RunMessage(JdbcValues.readInstant(rs, 1), rs.getString(2)));
                    }
                }
            }
            java.util.Collections.reverse(messages);
            return messages;
        });
    }

    /** The results document stored when the run ended (JSON text), if any. */
    public Optional<String> results(long id) {
        return text(id, "results");
    }

    /** The report stored when the run ended (JSON text), if any. */
    public Optional<String> report(long id) {
        return text(id, "report");
    }

    private Optional<String> text(long id, String column) {
        return Transactions.withConnection(dataSource, "Reading " + column + " of run " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM analysis_runs WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Makes a run public (its job, report and layers visible to all) or private again.
     *
     * @throws IllegalArgumentException when no run has that id
     */
    public void setPublic(long id, boolean publicRun) {
        update(id, "UPDATE analysis_runs SET public_run = ? WHERE id = ?", ps -> {
            ps.setBoolean(1, publicRun);
            ps.setLong(2, id);
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

    static AnalysisRun read(ResultSet rs) throws SQLException {
        double eta = rs.getDouble("eta_seconds");
        Double etaSeconds = rs.wasNull() ? null : eta;
        return new AnalysisRun(rs.getLong("id"), rs.getString("process_id"), RunStatus.of(rs.getString("status")),
                rs.getString("parameters"), rs.getString("submitted_by"),
                JdbcValues.readInstant(rs, rs.findColumn("created_at")),
                JdbcValues.readInstant(rs, rs.findColumn("started_at")),
                JdbcValues.readInstant(rs, rs.findColumn("finished_at")), rs.getDouble("progress"),
                rs.getString("message"), rs.getBoolean("public_run"), rs.getString("worker"),
                JdbcValues.readInstant(rs, rs.findColumn("heartbeat_at")), rs.getBoolean("cancel_requested"),
                etaSeconds, JdbcValues.readInstant(rs, rs.findColumn("updated_at")));
    }
}
