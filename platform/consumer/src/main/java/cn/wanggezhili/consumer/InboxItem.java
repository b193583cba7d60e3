package cn.wanggezhili.consumer;

import java.time.Instant;
import java.util.UUID;

/** One noted piece of work: the latest note for its key, and how often working it has failed. */
public record InboxItem(String inbox, String key, UUID token, String payload, Instant notedAt, int attempts) {
}
