package cn.wanggezhili.points.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import cn.wanggezhili.consumer.InboxItem;
import cn.wanggezhili.consumer.InboxRunner;
import cn.wanggezhili.consumer.InboxWork;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.points.domain.SettlementCredit;
import cn.wanggezhili.points.domain.SubjectType;

/**
 * Credits the settlements the scoring consumer noted in the inbox {@value #INBOX} (ADR 0008), one per transaction
 * that {@link InboxRunner} opens: {@link CreditSettlementHandler} locks the account (not a write), loads it and
 * appends the credit, so the append is the transaction's first write and the account's events reach the topic in
 * order (ADR 0001). The consumer's own transaction has written its position by then, which is why it only notes the
 * settlement. A settlement the account was credited before decides nothing and its note goes; a failure keeps the
 * note, backing off. Safe in every instance at once: the account's lock makes a second worker find it credited.
 */
@ApplicationScoped
public class CreditSettlementWork implements InboxWork {

    /** The inbox's name; a note's key is the settlement id, its payload {@link #payload}. */
    public static final String INBOX = "pending-credits";

    @Inject
    CreditSettlementHandler credits;

    @Override
    public String inbox() {
        return INBOX;
    }

    /** Runs in the runner's transaction: the handler's {@code @Transactional} joins it. */
    @Override
    public void handle(InboxItem item) {
        credits.handle(credit(item.payload()));
    }

    /** The note's key: one note per settlement, however often scoring's event is delivered. */
    public static String key(SettlementCredit credit) {
        return credit.settlementId().toString();
    }

    /** The note's payload; the migration that moved the notes of {@code pending_credit} writes the same fields. */
    public static String payload(SettlementCredit credit) {
        ObjectNode json = EventCodec.json().createObjectNode();
        json.put("settlementId", credit.settlementId().toString());
        json.put("subjectType", credit.subjectType().name());
        json.put("subjectId", credit.subjectId());
        json.put("subjectName", credit.subjectName());
        json.put("code", credit.code());
        json.put("quarter", credit.quarter());
        json.put("points", credit.points());
        return json.toString();
    }

    static SettlementCredit credit(String payload) {
        JsonPayload p = JsonPayload.of(payload);
        return new SettlementCredit(p.uuid("settlementId"), SubjectType.valueOf(p.text("subjectType")), p.text("subjectId"),
                p.text("subjectName"), p.text("code"), p.text("quarter"), p.integer("points"));
    }
}
