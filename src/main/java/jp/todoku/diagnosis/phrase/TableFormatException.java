package jp.todoku.diagnosis.phrase;

/** A data table has a line that cannot be read; the message names the table, the line and the fault. */
public final class TableFormatException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TableFormatException(String table, int line, String fault) {
        super(table + " line " + line + ": " + fault);
    }

    public TableFormatException(String table, String fault) {
        super(table + ": " + fault);
    }
}
