package jp.todoku.durability;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 10 on the embedded default database: nothing the API confirmed is lost by kill -9. */
class H2CrashIT {

    @Test
    @Timeout(900)
    void everyAcknowledgedTicketAndReplySurvivesSigkill() throws Exception {
        Path directory = CrashTest.freshDirectory("h2-");
        // The default configuration (./data/todoku under the working directory), exactly as shipped.
        CrashTest.run(directory, CrashTest.environment(), List.of(), true,
                () -> DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("data/todoku")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", ""));
    }
}
