package cn.wanggezhili.mediation.app;

import cn.wanggezhili.readpolicy.suite.MediationReadPolicy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.web.Page;

/**
 * Reads of cases. A case is visible to callers covering the unit handling it now or the unit it was registered on
 * (the grid keeps sight of a case it escalated); parties are masked unless the caller's role talks to them.
 */
@ApplicationScoped
public class CaseQueries {

    public record CaseView(UUID id, String code, String originCode, String disputeType, String source, UUID sourceTaskId,
                           String referringBody, String title, String description, String status, String level, String outcome,
                           UUID leadStaffId, String leadUsername, String leadName, int sessionsHeld, int escalations,
                           String referredToBody, Instant registeredAt, Instant concludedAt, Instant closedAt,
                           String closedAtLevel, Instant lastAt, int version) {
    }

    public record MediatorView(UUID staffId, String username, String name, boolean lead, Instant assignedAt) {
    }

    public record SessionView(int sessionNo, Instant scheduledFor, String place, Instant heldAt, String minutes) {
    }

    /** A party; {@code masked} tells whether name, ID number and phone are shown masked. */
    public record PartyView(UUID partyId, String kind, String name, String idNumber, String phone, UUID householdId, boolean masked) {

        @Override
        public String toString() {
            return "PartyView[partyId=" + partyId + ", redacted]";
        }
    }

    @Inject
    Database database;

    @Inject
    EventStore store;

    @Inject
    PartyVault vault;

    public CaseView view(CaseId id, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, MediationReadPolicy.CASE_READERS);
        CaseView found = database.run(c -> Sql.one(c, "select * from case_view where id = ?", CaseQueries::row, id.value()))
                .orElseThrow(() -> new NotFound("case", id));
        if (!caller.covers(new GridCode(found.originCode()))) {
            GridScopeGuard.requireCovers(caller, new GridCode(found.code()));
        }
        return found;
    }

    /** Cases registered on or now handled by units under {@code under}, by id. */
    public Page<CaseView> list(GridCode under, String status, String disputeType, UUID mediator, int limit, String after, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, MediationReadPolicy.CASE_READERS);
        GridScopeGuard.requireCovers(caller, under);
        String subtree = under.subtreePrefix() + "%";
        List<CaseView> rows = database.run(c -> Sql.list(c, """
                select * from case_view v
                 where (origin_code like ? or code like ?) and (?::text is null or status = ?)
                   and (?::text is null or dispute_type = ?)
                   and (?::uuid is null or exists (select 1 from case_mediator m where m.case_id = v.id and m.staff_id = ?))
                   and (?::text is null or id::text > ?)
                 order by id::text limit ?
                """, CaseQueries::row, subtree, subtree, status, status, disputeType, disputeType, mediator, mediator,
                after, after, limit + 1));
        return Page.of(rows, limit, v -> v.id().toString());
    }

    public List<MediatorView> mediators(CaseId id) {
        return database.run(c -> Sql.list(c, """
                select staff_id, username, name, lead, assigned_at from case_mediator where case_id = ?
                 order by lead desc, assigned_at, staff_id
                """, rs -> new MediatorView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                Sql.instant(rs, "assigned_at")), id.value()));
    }

    public List<SessionView> sessions(CaseId id) {
        return database.run(c -> Sql.list(c, "select * from case_session where case_id = ? order by session_no",
                rs -> new SessionView(rs.getInt("session_no"), Sql.instant(rs, "scheduled_for"), rs.getString("place"),
                        Sql.instant(rs, "held_at"), rs.getString("minutes")), id.value()));
    }

    /** The parties; in full only for roles that talk to them (mediators, grid chiefs). */
    public List<PartyView> parties(CaseId id, Caller caller) {
        List<PartyView> masked = maskedParties(id);
        if (!caller.hasAnyRole(MediationReadPolicy.PERSONAL_DATA)) {
            return masked;
        }
        Map<UUID, PartyVault.PersonalData> clear = vault.read(id);
        return masked.stream().map(p -> {
            PartyVault.PersonalData d = clear.get(p.partyId());
            return d == null ? p : new PartyView(p.partyId(), p.kind(), d.name(), d.idNumber(), d.phone(), p.householdId(), false);
        }).toList();
    }

    public List<PartyView> maskedParties(CaseId id) {
        return database.run(c -> Sql.list(c, "select * from case_party where case_id = ? order by position, party_id",
                rs -> new PartyView(rs.getObject("party_id", UUID.class), rs.getString("kind"), rs.getString("masked_name"),
                        rs.getString("masked_id_number"), rs.getString("masked_phone"), rs.getObject("household_id", UUID.class), true),
                id.value()));
    }

    /** The case's events in order, as stored (parties masked): one history across every hand-off. */
    public List<StoredEvent> history(CaseId id) {
        return database.run(c -> store.load(c, id.value()));
    }

    private static CaseView row(ResultSet rs) throws SQLException {
        return new CaseView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("origin_code"),
                rs.getString("dispute_type"), rs.getString("source"), rs.getObject("source_task_id", UUID.class),
                rs.getString("referring_body"), rs.getString("title"), rs.getString("description"), rs.getString("status"),
                rs.getString("level"), rs.getString("outcome"), rs.getObject("lead_staff_id", UUID.class),
                rs.getString("lead_username"), rs.getString("lead_name"), rs.getInt("sessions_held"), rs.getInt("escalations"),
                rs.getString("referred_to_body"), Sql.instant(rs, "registered_at"), Sql.instant(rs, "concluded_at"),
                Sql.instant(rs, "closed_at"), rs.getString("closed_at_level"), Sql.instant(rs, "last_at"), rs.getInt("version"));
    }
}
