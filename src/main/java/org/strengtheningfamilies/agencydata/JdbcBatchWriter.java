package org.strengtheningfamilies.agencydata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** H2 (the embedded default): each chunk is one JDBC batch of MERGE statements, which skip unchanged rows. */
final class JdbcBatchWriter implements ChunkWriter {

    private final AgencyDataset dataset;
    private final long importId;
    private final PreparedStatement merge;

    JdbcBatchWriter(Connection connection, AgencyDataset dataset, long importId) throws SQLException {
        this.dataset = dataset;
        this.importId = importId;
        this.merge = connection.prepareStatement(UpsertSql.h2(dataset));
    }

    @Override
    public long write(List<ParsedRow> rows) throws SQLException {
        for (ParsedRow row : rows) {
            ChunkWriter.bind(merge, dataset, importId, row);
            merge.addBatch();
        }
        long changed = 0;
        for (int count : merge.executeBatch()) {
            changed += Math.max(count, 0);
        }
        return changed;
    }

    @Override
    public void finish() throws SQLException {
        merge.close();
    }
}
