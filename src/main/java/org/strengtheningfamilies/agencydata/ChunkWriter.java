package org.strengtheningfamilies.agencydata;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Stores one import's accepted rows a chunk at a time, on the import's connection and inside its
 * transaction: {@link JdbcBatchWriter} (a JDBC batch of MERGE statements, H2) or
 * {@link PostgresCopyWriter} (COPY, PostgreSQL). Which one is decided once, when the application
 * starts ({@link #forDatabase}), not per import.
 */
interface ChunkWriter {

    /** Opens the writer of one import; {@code importId} goes into every row. */
    @FunctionalInterface
    interface Factory {
        ChunkWriter open(Connection connection, AgencyDataset dataset, long importId) throws SQLException;
    }

    /** Stores the rows; returns how many of them were new or changed. */
    long write(List<ParsedRow> rows) throws SQLException;

    /** Frees the connection for another statement (ends an open COPY); the next chunk carries on. */
    default void yieldConnection() throws SQLException {
    }

    /** After the last chunk: everything is stored, the statements are closed. */
    void finish() throws SQLException;

    /** After a failure: the connection is given back for the rollback. */
    default void cancel() {
    }

    /** The writer for the database behind {@code dataSource}, by its product name. */
    static Factory forDatabase(DataSource dataSource) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("the database's product name could not be read", e);
        }
        return product.toLowerCase(Locale.ROOT).contains("postgres") ? PostgresCopyWriter::new : JdbcBatchWriter::new;
    }

    /** Binds the import's id, then the row's values in the dataset's column order. */
    static void bind(PreparedStatement statement, AgencyDataset dataset, long importId, ParsedRow row) throws SQLException {
        int parameter = 1;
        statement.setLong(parameter++, importId);
        for (int i = 0; i < row.values.length; i++) {
            Object value = row.values[i];
            if (value == null) {
                statement.setNull(parameter++, dataset.sqlType(i));
            } else {
                statement.setObject(parameter++, value);
            }
        }
    }
}
