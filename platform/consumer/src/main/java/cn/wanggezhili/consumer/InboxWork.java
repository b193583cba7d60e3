package cn.wanggezhili.consumer;

/**
 * What a service does with the notes of one inbox (a CDI bean per inbox). {@link InboxRunner} calls
 * {@link #handle} in a transaction of its own: load the aggregate, let the domain decide, append. The append must be
 * the transaction's first write (ADR 0001). Work already done decides nothing and returns: the note is then removed
 * all the same. A {@code ConcurrencyConflict} leaves the note for the next run; any other failure backs off.
 */
public interface InboxWork {

    /** The inbox's name, e.g. {@code star-reviews}; notes are written under it with {@link Inbox#note}. */
    String inbox();

    void handle(InboxItem item);
}
