package jp.todoku.staff;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads table diagnosis_feedback (the self-service feature's V3 migration: one row per answer, with
 * recorded_on and solved). A database without that table yet shows "no data" instead of failing.
 */
@Component
class JdbcSolvedAnswers implements SolvedAnswers {

    private final JdbcClient jdbc;

    JdbcSolvedAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SolvedShare> find(LocalDate firstDay, LocalDate lastDay) {
        try {
            long[] counts = new long[2];
            jdbc.sql("SELECT solved, COUNT(*) FROM diagnosis_feedback WHERE recorded_on >= ? AND recorded_on <= ?"
                            + " GROUP BY solved")
                    .params(firstDay, lastDay)
                    .query(row -> {
                        counts[row.getBoolean(1) ? 0 : 1] = row.getLong(2);
                    });
            SolvedShare share = new SolvedShare(counts[0], counts[1]);
            return share.answered() == 0 ? Optional.empty() : Optional.of(share);
        } catch (DataAccessException missingTable) {
            return Optional.empty();
        }
    }
}
