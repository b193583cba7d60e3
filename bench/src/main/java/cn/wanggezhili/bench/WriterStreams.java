package cn.wanggezhili.bench;

import java.util.UUID;

/**
 * The streams one writer owns and the version it last appended to each, as a command handler knows it after
 * loading the stream. Writers take their streams in turn so that appends spread over several aggregates.
 */
final class WriterStreams {

    private final UUID[] ids;
    private final int[] versions;
    private int turn;

    WriterStreams(int count) {
        ids = new UUID[count];
        versions = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = UUID.randomUUID();
        }
    }

    /** The index of the stream whose turn it is. */
    int next() {
        int s = turn;
        turn = (turn + 1) % ids.length;
        return s;
    }

    UUID id(int s) {
        return ids[s];
    }

    int version(int s) {
        return versions[s];
    }

    /** Moves the stream on by {@code events}; returns the new version. Safe because a failed run is discarded. */
    int advance(int s, int events) {
        versions[s] += events;
        return versions[s];
    }
}
