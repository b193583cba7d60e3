package cn.wanggezhili.suite;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;

/**
 * The components of event records (and the records inside them) that the services write as JSON null, with where the
 * null comes from, as read in the domain code that builds the events. Every other component of an object type is
 * always set; primitives never are null. A component added to an event is not null until it is listed here: list it
 * when the code that builds the event may leave it out. The records carry no annotation for it (they are plain
 * domain records), so this list is the AsyncAPI document's source for it; {@link #check} refuses entries that name
 * no component.
 */
final class NullableComponents {

    /** {@code <enclosing type>.<record>.<component>} (or {@code <record>.<component>} for a top-level record): when it
     * is null, read after "Null" in the property's description. */
    static final Map<String, String> WHY = new TreeMap<>();

    static {
        // grid-registry
        WHY.put("GridUnitEvent.GridUnitCreated.levelName", "for the county when the level scheme names no level 1 (GridUnit.createCounty)");
        WHY.put("GridUnitEvent.GridUnitCreated.parentId", "for the county, the root of the grid");
        WHY.put("GridUnitEvent.GridUnitCreated.parentCode", "for the county, the root of the grid");
        WHY.put("GridUnitEvent.StaffAssigned.username", "for a post held by someone without a login");
        WHY.put("HouseholdEvent.ResidentRegistered.maskedIdNumber", "when registered without an ID number");
        WHY.put("HouseholdEvent.ResidentRegistered.maskedPhone", "when registered without a phone number");
        WHY.put("HouseholdEvent.ResidentLeft.reason", "when no reason is given (no code writes this event yet, so it is not known to be always set)");
        // task-dispatch, and the staff references of task-dispatch and mediation
        WHY.put("StaffRef.username", "for staff without a login");
        WHY.put("TaskEvent.TaskCreated.reporter", "for a task a resident raised");
        WHY.put("TaskEvent.TaskCreated.reporterNote", "when no note was given (a blank note is written as null)");
        WHY.put("TaskEvent.TaskEscalated.newOwner", "when nobody covers the unit above");
        WHY.put("TaskEvent.TaskReturnedFromMediation.owner", "when the task had no owner when it went to mediation: it is to be assigned");
        // mediation
        WHY.put("CaseEvent.CaseRegistered.sourceTaskId", "unless the case came from task dispatch");
        WHY.put("CaseEvent.CaseRegistered.referringBody", "unless the case was referred");
        WHY.put("CaseEvent.CaseRegistered.registeredBy", "for a case from a task a resident raised (the task has no reporter)");
        WHY.put("MediatorEvent.MediatorEnrolled.username", "for a mediator without a login");
        WHY.put("MediatorEvent.MediatorEnrolled.studio", "when no studio was given (a blank one is written as null)");
        WHY.put("Party.maskedIdNumber", "when no ID number was given (organisations)");
        WHY.put("Party.maskedPhone", "when no phone number was given");
        WHY.put("Party.householdId", "for a party who is not a registered household (organisations)");
        // scoring
        WHY.put("ScoreEntryEvent.ScoreEntryRecorded.star", "for items other than the ten stars'");
        WHY.put("ScoreEntryEvent.ScoreEntryRecorded.subjectUsername", "for a subject that cannot log in (households)");
        WHY.put("ScoreEntryEvent.ScoreEntryRecorded.note", "when no note was given");
        WHY.put("EntrySource.eventId", "for an entry a scorer recorded (kind SCORER)");
        WHY.put("EntrySource.eventType", "for an entry a scorer recorded (kind SCORER)");
        WHY.put("NoticeEvent.ObjectionResolved.amendedPoints", "unless the outcome is AMENDED");
        WHY.put("NoticeEvent.ObjectionResolved.note", "when no note was given");
        WHY.put("SubjectRegistered.username", "for a subject that cannot log in");
        WHY.put("Category.star", "in schemes other than the households' ten stars");
        WHY.put("Category.starNameZh", "in schemes other than the households' ten stars");
        WHY.put("Category.starThreshold", "in schemes other than the households' ten stars");
        WHY.put("Indicator.capPerPeriod", "when there is no cap");
        WHY.put("Indicator.trigger", "for an indicator only scorers record");
        // points-store
        WHY.put("AccountEvent.PointsCredited.expiresAt", "when the account's county sets no expiry (ExpiryPolicy)");
        WHY.put("AccountEvent.PointsAdjusted.expiresAt", "for a negative adjustment, or when the county sets no expiry");
        WHY.put("ItemEvent.CatalogueItemListed.maxTier", "when it is open to every tier");
    }

    private NullableComponents() {
    }

    static String key(Class<?> record, String component) {
        Class<?> enclosing = record.getEnclosingClass();
        return (enclosing == null ? "" : enclosing.getSimpleName() + ".") + record.getSimpleName() + "." + component;
    }

    static boolean nullable(Class<?> record, RecordComponent component) {
        return !component.getType().isPrimitive() && WHY.containsKey(key(record, component.getName()));
    }

    /** Every entry names a component of an object type of a record the document describes ({@code seen}: their keys). */
    static void check(java.util.Set<String> seen) {
        for (String key : WHY.keySet()) {
            if (!seen.contains(key)) {
                throw new IllegalStateException("NullableComponents lists " + key + ", which no event record has (renamed?)");
            }
        }
    }
}
