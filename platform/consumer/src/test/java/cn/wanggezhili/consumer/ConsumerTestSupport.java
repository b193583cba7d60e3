package cn.wanggezhili.consumer;

import cn.wanggezhili.relay.RelayTestSupport;

/** Consumers' tests: events published by a real relay, applied by the test projection's handler. */
public abstract class ConsumerTestSupport extends RelayTestSupport {

    /** The projection's handler: adds the event's amount to its stream's row. */
    protected static final EventHandler STREAM_TOTAL = (c, event) -> applyAmount(c, event.streamId(), event.payload());
}
