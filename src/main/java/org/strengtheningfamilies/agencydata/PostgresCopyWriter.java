package org.strengtheningfamilies.agencydata;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL (production): rows whose keys are new are copied straight into the dataset table (a
 * first load streams every chunk through one COPY kept open, so PostgreSQL stores one chunk while
 * Java checks the next); rows whose keys are stored already are copied into the import's temporary
 * table and merged from there with one INSERT ... ON CONFLICT, which leaves unchanged rows alone.
 */
final class PostgresCopyWriter implements ChunkWriter {

    private final PostgresCopy copy;
    private final AgencyDataset dataset;
    private final long importId;
    private final String copyIntoTable;
    private final String copyIntoStage;
    private final PreparedStatement existing;
    private final PreparedStatement merge;
    private final PreparedStatement truncateStage;
    private final boolean startedEmpty;

    PostgresCopyWriter(Connection connection, AgencyDataset dataset, long importId) throws SQLException {
        this.dataset = dataset;
        this.importId = importId;
        String stage = "sf_import_stage_" + importId;
        try (Statement statement = connection.createStatement()) {
            statement.execute(UpsertSql.postgresStage(dataset, stage));
        }
        copy = new PostgresCopy(connection);
        copyIntoTable = UpsertSql.postgresCopy(dataset.table(), dataset);
        copyIntoStage = UpsertSql.postgresCopy(stage, dataset);
        existing = connection.prepareStatement(UpsertSql.postgresExisting(dataset));
        merge = connection.prepareStatement(UpsertSql.postgresUpsert(dataset, stage));
        truncateStage = connection.prepareStatement("truncate " + stage);
        // one import of a dataset at a time: rows with new keys go straight in, which another
        // import adding the same keys at the same moment would otherwise make fail
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, KeySet.hash("sf_import " + dataset.table()));
            lock.execute();
        }
        // The table's statistics are those from before the import (empty, the first time): the
        // planner would look the chunk's keys up by reading the whole table, which grows with
        // every chunk. The key index is always the right way here.
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local enable_seqscan = off");
            // Under the lock only this import writes the table: when it starts empty (a first
            // load of history), every key is new and none needs looking up.
            try (ResultSet any = statement.executeQuery("select exists (select 1 from " + dataset.table() + ")")) {
                any.next();
                startedEmpty = !any.getBoolean(1);
            }
        }
    }

    @Override
    public long write(List<ParsedRow> chunk) throws SQLException {
        if (startedEmpty) {
            copy.stream(copyIntoTable, importId, chunk);
            return chunk.size();
        }
        List<String> keys = dataset.keyColumns();
        for (int k = 0; k < keys.size(); k++) {
            String[] values = new String[chunk.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (String) chunk.get(i).get(keys.get(k));
            }
            existing.setArray(k + 1, existing.getConnection().createArrayOf("varchar", values));
        }
        boolean[] stored = new boolean[chunk.size()];
        int storedCount = 0;
        try (ResultSet positions = existing.executeQuery()) {
            while (positions.next()) {
                stored[positions.getInt(1) - 1] = true;
                storedCount++;
            }
        }
        if (storedCount == 0) {
            copy.copy(copyIntoTable, importId, chunk);
            return chunk.size();
        }
        List<ParsedRow> fresh = new ArrayList<>(chunk.size() - storedCount);
        List<ParsedRow> known = new ArrayList<>(storedCount);
        for (int i = 0; i < stored.length; i++) {
            (stored[i] ? known : fresh).add(chunk.get(i));
        }
        long changed = 0;
        if (!fresh.isEmpty()) {
            copy.copy(copyIntoTable, importId, fresh);
            changed += fresh.size();
        }
        copy.copy(copyIntoStage, importId, known);
        changed += merge.executeUpdate();
        truncateStage.executeUpdate();
        return changed;
    }

    @Override
    public void yieldConnection() throws SQLException {
        copy.finish(); // the connection is the COPY's until it ends
    }

    @Override
    public void finish() throws SQLException {
        copy.finish();
        merge.close();
        truncateStage.close();
        existing.close();
    }

    @Override
    public void cancel() {
        copy.cancel();
    }
}
