package cn.wanggezhili.eventstore;

/**
 * Signal (a CDI event in the services) that this process has just committed events to its store, e.g. a consumer's
 * poll: readers that tail the store, such as the live streams, may look now instead of at their next tick.
 */
public record EventsCommitted() {
}
