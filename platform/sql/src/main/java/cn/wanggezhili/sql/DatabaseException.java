package cn.wanggezhili.sql;

/** A statement or query failed in the database (connection lost, constraint, bad SQL); not a rule of the domain. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
