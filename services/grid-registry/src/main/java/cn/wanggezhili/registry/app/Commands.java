package cn.wanggezhili.registry.app;

import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.domain.AssignmentId;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.StaffId;
import cn.wanggezhili.registry.domain.StaffRole;
import cn.wanggezhili.registry.domain.UnitKind;

/** The registry's commands, as the application layer receives them (already parsed, not yet checked). */
public final class Commands {

    private Commands() {
    }

    /** {@code parentCode} null creates a county (root); {@code code} null lets the registry number the unit. */
    public record CreateGridUnit(GridCode parentCode, String name, UnitKind kind, GridCode code) {
    }

    public record RenameGridUnit(GridCode code, String name) {
    }

    public record MoveGridUnit(GridCode code, GridCode newParentCode) {
    }

    public record RetireGridUnit(GridCode code, String reason) {
    }

    /** Each part becomes a new unit under the same parent, taking the listed children and households. */
    public record SplitGridUnit(GridCode code, List<Part> parts) {
        public record Part(String name, List<GridCode> children, List<HouseholdId> households) {
        }
    }

    public record MergeGridUnits(List<GridCode> sourceCodes, GridCode targetCode) {
    }

    public record AssignStaff(GridCode code, StaffId staffId, String staffName, String username, StaffRole role) {
    }

    public record UnassignStaff(GridCode code, AssignmentId assignmentId) {
    }

    public record RegisterHousehold(GridCode unitCode, String number) {
    }

    public record MoveHousehold(HouseholdId householdId, GridCode unitCode) {
    }

    /** Personal data arrives in clear here and leaves this layer only encrypted or masked. */
    public record RegisterResident(HouseholdId householdId, String name, String idNumber, String phone, String relation) {

        @Override
        public String toString() {
            return "RegisterResident[householdId=" + householdId + ", relation=" + relation + "]";
        }
    }
}
