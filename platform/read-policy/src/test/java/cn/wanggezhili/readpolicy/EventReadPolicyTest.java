package cn.wanggezhili.readpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.readpolicy.EventAccess.Holding;
import cn.wanggezhili.readpolicy.suite.MediationReadPolicy;
import cn.wanggezhili.readpolicy.suite.PointsReadPolicy;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;
import org.junit.jupiter.api.Test;

class EventReadPolicyTest {

    private static final String OPENED = "points-store.AccountOpened.v1";
    private static final String CREDITED = "points-store.PointsCredited.v1";

    @Test
    void an_event_type_nobody_declared_is_shown_to_nobody() {
        EventReadPolicy policy = EventReadPolicy.builder().allow(EventAccess.anyone(), "x.Known.v1").build();

        assertThat(policy.view(caller("admin", Role.COUNTY_ADMIN), event("x.Known.v1", "{}"))).isPresent();
        assertThat(policy.view(caller("admin", Role.COUNTY_ADMIN), event("x.Unknown.v1", "{}"))).isEmpty();
    }

    @Test
    void a_ledger_shows_to_its_holders_and_account_staff_with_the_name_masked_for_integrators() {
        UUID held = UUID.randomUUID();
        Holding holds = (caller, event) -> caller.username().equals("wang") && event.streamId().equals(held);
        EventReadPolicy policy = PointsReadPolicy.events(holds);
        String payload = "{\"subjectName\":\"王建国户\",\"balance\":5}";

        assertThat(policy.view(caller("wang", Role.RESIDENT), event(OPENED, held, payload))).contains(payload);
        assertThat(policy.view(caller("li", Role.RESIDENT), event(OPENED, held, payload))).isEmpty();
        assertThat(policy.view(caller("wang", Role.RESIDENT), event(CREDITED, UUID.randomUUID(), payload))).isEmpty();
        assertThat(policy.view(caller("zhang", Role.GRID_WORKER), event(CREDITED, held, payload))).isEmpty();
        assertThat(policy.view(caller("clerk", Role.STORE_CLERK), event(OPENED, held, payload))).contains(payload);
        assertThat(policy.view(caller("api", Role.INTEGRATOR), event(OPENED, held, payload)))
                .hasValueSatisfying(shown -> assertThat(shown).contains("\"subjectName\":\"王***\"").doesNotContain("建国"));
    }

    @Test
    void a_store_s_catalogue_reaches_the_residents_below_it_but_not_its_redemptions_unless_they_hold_the_account() {
        UUID held = UUID.randomUUID();
        EventReadPolicy policy = PointsReadPolicy.events((caller, event) -> event.payload().contains(held.toString()));
        Caller below = new Caller("wang", "wang", Set.of(Role.RESIDENT), List.of(new GridCode("141081100201001001")));
        String store = "141081100201";

        assertThat(policy.view(below, event("points-store.CatalogueItemListed.v1", store, "{}"))).isPresent();
        assertThat(policy.view(below, event("points-store.RedemptionReserved.v1", store, "{\"accountId\":\"" + held + "\"}"))).isPresent();
        assertThat(policy.view(below, event("points-store.RedemptionReserved.v1", store, "{\"accountId\":\"" + UUID.randomUUID() + "\"}"))).isEmpty();
        assertThat(policy.view(below, event(CREDITED, store, "{\"accountId\":\"" + held + "\"}"))).as("ledgers only on the account's unit").isEmpty();
        assertThat(policy.view(below, event("points-store.CatalogueItemListed.v1", "141081001001", "{}"))).as("another township's store").isEmpty();
    }

    @Test
    void a_policy_for_some_roles_refuses_the_stream_and_every_event_to_the_others() {
        EventReadPolicy watchers = EventReadPolicy.builder().allow(EventAccess.anyone(), "x.Known.v1").build()
                .onlyFor(List.of(Role.COUNTY_ADMIN));

        assertThat(watchers.streamReaders()).contains(List.of(Role.COUNTY_ADMIN));
        assertThat(watchers.view(caller("wang", Role.RESIDENT), event("x.Known.v1", "{}"))).isEmpty();
        assertThat(MediationReadPolicy.events(Holding.NOBODY).streamReaders()).hasValueSatisfying(r -> assertThat(r).doesNotContain(Role.RESIDENT));
    }

    @Test
    void a_type_declared_by_two_services_is_refused_when_they_are_joined() {
        EventReadPolicy a = EventReadPolicy.builder().allow(EventAccess.anyone(), "x.Known.v1").build();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> EventReadPolicy.union(a, a));
    }

    private static Caller caller(String username, String role) {
        return new Caller(username, username, Set.of(role), List.of(new GridCode("141081100000")));
    }

    private static StoredEvent event(String type, String payload) {
        return event(type, UUID.randomUUID(), payload);
    }

    private static StoredEvent event(String type, String unit, String payload) {
        return new StoredEvent(1, 1, UUID.randomUUID(), UUID.randomUUID(), "Redemption", 1, type, unit, Instant.now(), payload);
    }

    private static StoredEvent event(String type, UUID stream, String payload) {
        return new StoredEvent(1, 1, UUID.randomUUID(), stream, "Account", 1, type, "141081100000", Instant.now(), payload);
    }
}
