package cn.wanggezhili.dispatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import cn.wanggezhili.dispatch.app.MediationReferralWork.Referral;
import cn.wanggezhili.dispatch.app.UnitRecodingWork.Kind;
import cn.wanggezhili.dispatch.app.UnitRecodingWork.Recoding;
import org.junit.jupiter.api.Test;

/** The notes V7 moved from the old note tables (as Postgres writes jsonb) read as the consumers' own notes do. */
class InboxPayloadsTest {

    static final UUID TASK = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID UNIT = UUID.fromString("b0000000-0000-0000-0000-000000000001");
    static final UUID CASE = UUID.fromString("c0000000-0000-0000-0000-000000000004");

    @Test
    void a_recoding_moved_by_the_migration_has_the_consumer_s_key_and_payload() {
        Recoding moved = UnitRecodingWork.read("""
                {"id": "00000000-0000-0000-0000-000000000001", "kind": "TASK", "unitId": "b0000000-0000-0000-0000-000000000001",
                 "newCode": "141081100201002005", "oldCode": "141081100201001077"}""");
        assertThat(moved).isEqualTo(new Recoding(Kind.TASK, TASK, "141081100201001077", "141081100201002005", UNIT));
        assertThat(moved.key()).isEqualTo("task:00000000-0000-0000-0000-000000000001:141081100201001077");
    }

    @Test
    void a_referral_moved_by_the_migration_reads_with_its_outcome_or_none() {
        assertThat(MediationReferralWork.read("""
                {"caseId": "c0000000-0000-0000-0000-000000000004", "taskId": "00000000-0000-0000-0000-000000000001", "outcome": "AGREEMENT"}"""))
                .isEqualTo(new Referral(CASE, TASK, "AGREEMENT"));
        assertThat(MediationReferralWork.read("""
                {"caseId": "c0000000-0000-0000-0000-000000000004", "taskId": "00000000-0000-0000-0000-000000000001", "outcome": null}"""))
                .isEqualTo(new Referral(CASE, TASK, null));
    }
}
