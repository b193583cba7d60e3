package cn.wanggezhili.eventstore;

/** The event store could not do its work (database or broker failure); not a rule of the domain. */
public class EventStoreException extends RuntimeException {

    public EventStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
