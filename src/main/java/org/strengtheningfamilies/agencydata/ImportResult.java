package org.strengtheningfamilies.agencydata;

import java.util.List;

/**
 * What an import did: rows read, accepted (stored, or already stored unchanged), rejected, and
 * changed (inserted or updated; 0 for a re-import of the same file). {@code rejections} lists the
 * first of them; {@code rejectionCount} says how many there are in sf_import_rejection.
 */
public record ImportResult(long importId, String dataset, String fileName, String status, long rowsRead,
                           long accepted, long rejected, long changed, long unchanged, long rowsPerSecond,
                           long rejectionCount, List<RowRejection> rejections) {
}
