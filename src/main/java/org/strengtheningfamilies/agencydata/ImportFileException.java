package org.strengtheningfamilies.agencydata;

/**
 * The file as a whole cannot be imported (no header, wrong headers, another delimiter, not UTF-8,
 * a runaway line...): nothing of it is stored, and the caller hears why (HTTP 400).
 */
public class ImportFileException extends RuntimeException {

    private final long line;
    private final String field;

    public ImportFileException(long line, String field, String message) {
        super(message);
        this.line = line;
        this.field = field;
    }

    /** The line the problem was found on, 0 when it concerns the whole file. */
    public long line() {
        return line;
    }

    /** The header or column concerned, or null. */
    public String field() {
        return field;
    }
}
