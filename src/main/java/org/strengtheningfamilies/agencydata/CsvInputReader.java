package org.strengtheningfamilies.agencydata;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of an uploaded CSV file as characters, refusing what the parser must never see: bytes
 * that are not UTF-8 (the JDK's default reader would silently turn them into U+FFFD and store
 * garbled names) and records longer than a cap (an unbalanced quote would otherwise make the rest
 * of the file one record held in memory). Both failures name the line. A leading byte order mark,
 * which spreadsheet programs write, is dropped.
 *
 * <p>Records are tracked with the same quoting rules as the parser (RFC 4180, comma-separated): a
 * line break inside a quoted field continues the record.
 */
final class CsvInputReader extends Reader {

    private static final int BYTES = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BYTES);
    private final CharBuffer chars = CharBuffer.allocate(BYTES);
    private final int maxRecordLength;

    private boolean endOfInput;
    private boolean flushed;
    private boolean first = true;
    private long line = 1;
    private long recordStartLine = 1;
    private long recordLength;
    private int state = FIELD_START;

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    CsvInputReader(InputStream in, int maxRecordLength) {
        this.in = in;
        this.maxRecordLength = maxRecordLength;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        track(target, offset, offset + n);
        return n;
    }

    /** The physical line (1-based) the reader has reached. */
    long line() {
        return line;
    }

    /** Follows the characters handed out; locals in the loop, as this runs for every character of the file. */
    private void track(char[] chars, int from, int to) {
        int current = state;
        long length = recordLength;
        long lines = line;
        long startLine = recordStartLine;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            switch (current) {
                case FIELD_START -> current = c == '"' ? QUOTED : c == ',' || c == '\n' ? FIELD_START : UNQUOTED;
                case UNQUOTED -> current = c == ',' || c == '\n' ? FIELD_START : UNQUOTED;
                case QUOTED -> current = c == '"' ? QUOTE_IN_QUOTED : QUOTED;
                default -> current = c == '"' ? QUOTED : c == ',' || c == '\n' ? FIELD_START : UNQUOTED;
            }
            length++;
            if (c == '\n') {
                lines++;
                if (current == FIELD_START) {
                    length = 0;
                    startLine = lines;
                    continue;
                }
            }
            if (length > maxRecordLength) {
                throw new ImportFileException(startLine, null, "line " + startLine
                        + " is longer than " + maxRecordLength + " characters"
                        + (lines > startLine ? " (a quoted field may be missing its closing quote)" : ""));
            }
        }
        state = current;
        recordLength = length;
        line = lines;
        recordStartLine = startLine;
    }

    private void fill() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0 && !flushed) {
                if (!endOfInput) {
                    bytes.compact();
                    int read;
                    try {
                        read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    } catch (IOException e) {
                        // the upload broke off (client gone, network): the file is incomplete
                        throw new ImportFileException(line, null, "the file could not be read to its end (stopped at line "
                                + line + ": " + e.getMessage() + ")");
                    }
                    if (read < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + read);
                    }
                    bytes.flip();
                }
                check(decoder.decode(bytes, chars, endOfInput));
                if (endOfInput && !bytes.hasRemaining()) {
                    check(decoder.flush(chars));
                    flushed = true;
                }
            }
        } finally {
            chars.flip();
        }
        if (first && chars.hasRemaining()) {
            first = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
    }

    private void check(CoderResult result) {
        if (result.isError()) {
            // the characters decoded before the bad bytes have not been handed out yet: count their lines
            long badLine = line;
            for (int i = 0; i < chars.position(); i++) {
                if (chars.get(i) == '\n') {
                    badLine++;
                }
            }
            throw new ImportFileException(badLine, null, "line " + badLine + " is not valid UTF-8 (save the file as "
                    + "CSV UTF-8; " + result.length() + " invalid byte" + (result.length() == 1 ? "" : "s") + ")");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
