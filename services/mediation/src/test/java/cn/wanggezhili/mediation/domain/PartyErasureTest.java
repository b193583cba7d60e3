package cn.wanggezhili.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.mediation.domain.CaseFixture.CASE;
import static cn.wanggezhili.mediation.domain.CaseFixture.CHIEF;
import static cn.wanggezhili.mediation.domain.CaseFixture.GRID;
import static cn.wanggezhili.mediation.domain.CaseFixture.T;
import static cn.wanggezhili.mediation.domain.CaseFixture.ZHANG;
import static cn.wanggezhili.mediation.domain.CaseFixture.ZHAO;
import static cn.wanggezhili.mediation.domain.CaseFixture.followedUp;
import static cn.wanggezhili.mediation.domain.CaseFixture.given;
import static cn.wanggezhili.mediation.domain.CaseFixture.inMediation;
import static cn.wanggezhili.mediation.domain.CaseFixture.plus;

import java.time.Instant;
import java.util.UUID;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseClosed;
import cn.wanggezhili.mediation.domain.CaseEvent.PartyPersonalDataErased;
import cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** A party's personal data is erased on request (PIPL) once the case is closed, once. */
class PartyErasureTest {

    static final Instant LATER = T.plusSeconds(5_000_000);

    @Test
    void a_closed_case_s_party_is_erased_and_the_case_keeps_no_masked_forms_of_them() {
        CaseClosed closed = given(followedUp()).mediationCase().close(CHIEF, T.plusSeconds(2_100_000));
        MediationCase erased = given(plus(followedUp(), closed)).when(c -> c.erasePartyData(ZHANG.partyId(), true, CHIEF, LATER))
                .then(new PartyPersonalDataErased(CASE, GRID.value(), ZHANG.partyId(), CHIEF, LATER)).after();
        assertThat(erased.parties()).extracting(Party::maskedName).containsExactly(null, ZHAO.maskedName());
        assertThat(erased.parties().get(0).maskedPhone()).isNull();

        given(plus(followedUp(), closed)).when(c -> c.erasePartyData(ZHANG.partyId(), false, CHIEF, LATER))
                .thenRejected(Rule.PERSONAL_DATA_ERASED, "partyId");
        given(plus(followedUp(), closed)).when(c -> c.erasePartyData(new PartyId(new UUID(9, 9)), true, CHIEF, LATER))
                .thenRejected(Rule.UNKNOWN_PARTY, "partyId");
    }

    @Test
    void while_the_case_runs_the_studio_needs_the_parties_data() {
        given(inMediation()).when(c -> c.erasePartyData(ZHANG.partyId(), true, CHIEF, LATER)).thenRejected(Rule.CASE_STILL_OPEN, "status");
    }
}
