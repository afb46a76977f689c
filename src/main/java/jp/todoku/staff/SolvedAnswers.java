package jp.todoku.staff;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the dashboard reads the customers' "did this solve it?" answers. The self-service feature
 * records them; this port keeps the console independent of how (see {@link JdbcSolvedAnswers}).
 */
interface SolvedAnswers {

    /** The answers given on these Japan days (inclusive), or empty when none are recorded (yet). */
    Optional<SolvedShare> find(LocalDate firstDay, LocalDate lastDay);
}
