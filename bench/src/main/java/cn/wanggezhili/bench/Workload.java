package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One kind of write transaction under test. The runner owns what baseline and candidates share (pool checkout,
 * autocommit off, commit), so that a workload only adds the statements it is about.
 */
interface Workload {

    /** Short name used in the result tables. */
    String name();

    /** Empties this workload's table before a run, so that every run starts from the same state. */
    void reset(Connection connection) throws SQLException;

    /** A writer that owns its streams: no two writers ever touch the same row or stream. */
    Writer newWriter(int writerIndex);

    @FunctionalInterface
    interface Writer {

        /** The statements of one transaction; the runner commits right after. */
        void write(Connection connection) throws SQLException;
    }
}
