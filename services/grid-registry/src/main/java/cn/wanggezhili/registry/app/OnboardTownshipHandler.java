package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.HouseholdEvent;
import cn.wanggezhili.sql.Database;
import java.time.Clock;
import java.util.function.Supplier;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.app.OnboardingReport.RowError;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.registry.domain.AssignmentId;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.RegistryRuleViolation;
import cn.wanggezhili.registry.domain.StaffId;
import cn.wanggezhili.registry.domain.StaffRole;
import cn.wanggezhili.registry.domain.UnitId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/**
 * Onboards a township from one CSV file, all or nothing: the rows are applied in file order in one transaction
 * through the same rules as single commands; every refused row is reported with its line and the transaction
 * rolls back. Rows already applied by an earlier run (same code and name, same post, same household number) are
 * counted as present and skipped, so a file can be sent again.
 */
@ApplicationScoped
public class OnboardTownshipHandler {

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    AggregateRepository<Household, HouseholdEvent> households;

    @Inject
    Supplier<UUID> ids;

    @Inject
    Clock clock;

    @Inject
    Database database;

    @Inject
    IssuedCodes codes;

    @Inject
    RegisteredHouseholdNumbers numbers;

    @Inject
    RegistrySettings settings;

    private static final class Tally {
        int unitsCreated, unitsPresent, staffAssigned, staffPresent, householdsRegistered, householdsPresent;
        final List<RowError> errors = new ArrayList<>();
    }

    @Transactional
    public OnboardingReport handle(String csv, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        Tally tally = new Tally();
        for (OnboardingRow row : OnboardingCsv.parse(csv)) {
            try {
                apply(row, caller, tally);
            } catch (RegistryRuleViolation e) {
                tally.errors.add(new RowError(row.line(), column(e.field()), e.getMessage()));
            } catch (NotFound e) {
                tally.errors.add(new RowError(row.line(), "code", e.getMessage()));
            } catch (IllegalArgumentException e) { // InvalidGridCode among others
                tally.errors.add(new RowError(row.line(), "code", e.getMessage()));
            }
        }
        if (!tally.errors.isEmpty()) {
            throw new OnboardingRejected(tally.errors);
        }
        return new OnboardingReport(tally.unitsCreated, tally.unitsPresent, tally.staffAssigned, tally.staffPresent,
                tally.householdsRegistered, tally.householdsPresent, List.of());
    }

    private void apply(OnboardingRow row, Caller caller, Tally tally) {
        String type = row.get("type");
        GridCode code = new GridCode(required(row, "code"));
        if (!caller.covers(code)) { // reported with the row, as the other refusals are
            tally.errors.add(new RowError(row.line(), "code", "grid unit " + code + " is outside your grid scope"));
            return;
        }
        switch (type == null ? "" : type) {
            case "unit" -> unit(row, code, tally);
            case "staff" -> staff(row, code, tally);
            case "household" -> household(row, code, tally);
            default -> throw new RegistryRuleViolation(RegistryRuleViolation.Rule.NAME_REQUIRED, "type",
                    "type must be unit, staff or household, not " + type);
        }
    }

    private void unit(OnboardingRow row, GridCode code, Tally tally) {
        String name = required(row, "name");
        Optional<UnitId> existing = codes.unitIdOf(code);
        if (existing.isPresent()) {
            GridUnit unit = units.load(existing.get().value());
            if (!unit.code().equals(code) || !unit.name().equals(name)) {
                throw new RegistryRuleViolation(RegistryRuleViolation.Rule.CODE_ALREADY_ISSUED, "code",
                        "code " + code + " was issued to another unit (" + unit.code() + " " + unit.name() + ")");
            }
            tally.unitsPresent++;
            return;
        }
        GridCode parentCode = new GridCode(required(row, "parent_code"));
        GridUnit parent = units.load(codes.unitIdOf(parentCode)
                .orElseThrow(() -> new RegistryRuleViolation(RegistryRuleViolation.Rule.NOT_ONE_LEVEL_BELOW, "parentCode",
                        "parent " + parentCode + " is neither registered nor on an earlier line")).value());
        var created = parent.createChild(new UnitId(ids.get()), name, null, code, settings.scheme(), codes);
        units.append(GridUnit.NONE, List.of(created));
        tally.unitsCreated++;
    }

    private void staff(OnboardingRow row, GridCode code, Tally tally) {
        String name = required(row, "name");
        StaffRole role = role(row);
        String username = row.get("username");
        GridUnit unit = units.load(codes.unitOf(code).value());
        boolean holds = unit.assignments().values().stream().anyMatch(a -> a.role() == role
                && (username != null ? username.equals(a.username()) : name.equals(a.staffName())));
        if (holds) {
            tally.staffPresent++;
            return;
        }
        StaffId staffId = knownStaff(username).orElseGet(() -> new StaffId(ids.get()));
        units.append(unit, List.of(unit.assign(new AssignmentId(ids.get()), staffId, name, username, role, clock.instant())));
        tally.staffAssigned++;
    }

    private void household(OnboardingRow row, GridCode code, Tally tally) {
        String number = required(row, "household_number");
        GridUnit unit = units.load(codes.unitOf(code).value());
        if (numbers.isTaken(unit.id(), number)) { // loaded before: counted, not refused
            tally.householdsPresent++;
            return;
        }
        households.append(Household.NONE, List.of(Household.register(new HouseholdId(ids.get()), unit, number, settings.scheme(),
                numbers)));
        tally.householdsRegistered++;
    }

    /** One person keeps one staff id across posts: found by login name when the file gives one. */
    private Optional<StaffId> knownStaff(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return database.run(c -> Sql.one(c, "select staff_id from staff_assignment_view where username = ? limit 1",
                rs -> new StaffId(rs.getObject(1, UUID.class)), username));
    }

    private static StaffRole role(OnboardingRow row) {
        String role = required(row, "role");
        for (StaffRole r : StaffRole.values()) {
            if (r.name().equalsIgnoreCase(role) || r.nameZh().equals(role)) {
                return r;
            }
        }
        throw new RegistryRuleViolation(RegistryRuleViolation.Rule.NAME_REQUIRED, "role", "unknown role " + role);
    }

    private static String required(OnboardingRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new RegistryRuleViolation(RegistryRuleViolation.Rule.NAME_REQUIRED, column, column + " is required");
        }
        return value;
    }

    /** Rule fields name request properties; in a file they are columns. */
    private static String column(String field) {
        return switch (field) {
            case "parentCode" -> "parent_code";
            case "number" -> "household_number";
            case "unitCode" -> "code";
            default -> field;
        };
    }
}
