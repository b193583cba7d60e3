package cn.wanggezhili.points.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import cn.wanggezhili.points.domain.SettlementCredit;
import cn.wanggezhili.points.domain.SubjectType;
import org.junit.jupiter.api.Test;

/** The inbox note of a settlement: what the consumer writes and V3 moved from pending_credit reads back whole. */
class CreditSettlementWorkTest {

    @Test
    void a_noted_settlement_reads_back_as_it_was_noted() {
        SettlementCredit credit = new SettlementCredit(UUID.randomUUID(), SubjectType.HOUSEHOLD, "h-1", "王建国户",
                "141081001001001001", "2026-Q3", 120);
        assertThat(CreditSettlementWork.credit(CreditSettlementWork.payload(credit))).isEqualTo(credit);
        assertThat(CreditSettlementWork.key(credit)).isEqualTo(credit.settlementId().toString());

        SettlementCredit unnamed = new SettlementCredit(UUID.randomUUID(), SubjectType.RESIDENT, "r-1", null,
                "141081001001001001", null, 5);
        assertThat(CreditSettlementWork.credit(CreditSettlementWork.payload(unnamed))).isEqualTo(unnamed);
    }

    @Test
    void a_note_moved_by_the_migration_reads_as_the_settlement_it_was() {
        // as jsonb_build_object wrote it in V3 (Postgres orders a jsonb's keys by length)
        String moved = """
                {"code": "141081001001001001", "points": 70, "quarter": null, "subjectId": "h1", "subjectName": null,
                 "subjectType": "HOUSEHOLD", "settlementId": "11111111-1111-1111-1111-111111111111"}""";
        assertThat(CreditSettlementWork.credit(moved)).isEqualTo(new SettlementCredit(
                UUID.fromString("11111111-1111-1111-1111-111111111111"), SubjectType.HOUSEHOLD, "h1", null,
                "141081001001001001", null, 70));
    }
}
