package cn.wanggezhili.registry.app;

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
import cn.wanggezhili.registry.domain.AssignmentId;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.RegistryRuleViolation;
import cn.wanggezhili.registry.domain.StaffId;
import cn.wanggezhili.registry.domain.StaffRole;
import cn.wanggezhili.registry.domain.UnitId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.ProblemException;

/**
 * Onboards a township from one CSV file, all or nothing: the rows are applied in file order in one transaction
 * through the same rules as single commands; every refused row is reported with its line and the transaction
 * rolls back. Rows already applied by an earlier run (same code and name, same post, same household number) are
 * counted as present and skipped, so a file can be sent again.
 */
@ApplicationScoped
public class OnboardTownshipHandler {

    @Inject
    Registry registry;

    @Inject
    IssuedCodes codes;

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
            } catch (ProblemException e) {
                tally.errors.add(new RowError(row.line(), "code", e.problem().detail()));
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
        GridScopeGuard.requireCovers(caller, code);
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
        Optional<UnitId> existing = registry.unitId(code);
        if (existing.isPresent()) {
            GridUnit unit = registry.unit(existing.get());
            if (!unit.code().equals(code) || !unit.name().equals(name)) {
                throw new RegistryRuleViolation(RegistryRuleViolation.Rule.CODE_ALREADY_ISSUED, "code",
                        "code " + code + " was issued to another unit (" + unit.code() + " " + unit.name() + ")");
            }
            tally.unitsPresent++;
            return;
        }
        GridCode parentCode = new GridCode(required(row, "parent_code"));
        GridUnit parent = registry.unit(registry.unitId(parentCode)
                .orElseThrow(() -> new RegistryRuleViolation(RegistryRuleViolation.Rule.NOT_ONE_LEVEL_BELOW, "parentCode",
                        "parent " + parentCode + " is neither registered nor on an earlier line")));
        var created = parent.createChild(new UnitId(registry.newId()), name, null, code, settings.scheme(), codes);
        registry.append(GridUnit.NONE, List.of(created));
        tally.unitsCreated++;
    }

    private void staff(OnboardingRow row, GridCode code, Tally tally) {
        String name = required(row, "name");
        StaffRole role = role(row);
        String username = row.get("username");
        GridUnit unit = registry.unit(code);
        boolean holds = unit.assignments().values().stream().anyMatch(a -> a.role() == role
                && (username != null ? username.equals(a.username()) : name.equals(a.staffName())));
        if (holds) {
            tally.staffPresent++;
            return;
        }
        StaffId staffId = knownStaff(username).orElseGet(() -> new StaffId(registry.newId()));
        registry.append(unit, List.of(unit.assign(new AssignmentId(registry.newId()), staffId, name, username, role, registry.now())));
        tally.staffAssigned++;
    }

    private void household(OnboardingRow row, GridCode code, Tally tally) {
        String number = required(row, "household_number");
        GridUnit unit = registry.unit(code);
        boolean present = registry.onConnection(c -> Sql.count(c,
                "select count(*) from household_view where unit_id = ? and number = ?", unit.id().value(), number) > 0);
        if (present) {
            tally.householdsPresent++;
            return;
        }
        registry.append(Household.NONE, List.of(Household.register(new HouseholdId(registry.newId()), unit, number, settings.scheme())));
        tally.householdsRegistered++;
    }

    /** One person keeps one staff id across posts: found by login name when the file gives one. */
    private Optional<StaffId> knownStaff(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return registry.onConnection(c -> Sql.one(c, "select staff_id from staff_assignment_view where username = ? limit 1",
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
