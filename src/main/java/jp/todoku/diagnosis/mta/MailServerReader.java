package jp.todoku.diagnosis.mta;

import java.util.List;

/**
 * Reads the reports of one family of mail servers (or one standard format). Implementations are
 * stateless; {@link Readers} tries them in one explicit order.
 */
public interface MailServerReader {

    /** The name reported as {@code decodedBy}, e.g. {@code postfix}. */
    String name();

    /** A cheap look at the headers and first lines: could this be this family's report? */
    boolean recognises(Context context);

    /** The failures this reader decodes; empty when the message is not in its format after all. */
    List<Finding> read(Context context);
}
