package cn.wanggezhili.griddirectory;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A village's grid as the registry announces it, then changed: what a routing service's directory then holds. */
class GridDirectoryTest {

    static AgroalDataSource dataSource;

    @BeforeAll
    static void database() throws SQLException {
        TestServers.freshDatabase("grid_directory_test");
        dataSource = TestServers.dataSource("grid_directory_test", 2);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // the tables as a service's migration creates them
            s.execute("""
                    create table unit_directory (
                        unit_id uuid primary key, code text not null unique, parent_code text, level integer not null,
                        name text not null, retired boolean not null default false);
                    create table staff_post (
                        assignment_id uuid primary key, unit_id uuid not null, unit_code text not null,
                        staff_id uuid not null, username text, staff_name text not null, role text not null);
                    """);
        }
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void units_and_posts_follow_creation_renaming_moves_retirement_and_unassignment() throws SQLException {
        UUID village = UUID.randomUUID();
        UUID north = UUID.randomUUID();
        UUID south = UUID.randomUUID();
        UUID post = UUID.randomUUID();
        UUID chief = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        apply("GridUnitCreated.v1", """
                {"unitId":"%s","code":"141081001001","parentCode":"141081001","level":4,"name":"秦村"}""".formatted(village));
        apply("GridUnitCreated.v1", """
                {"unitId":"%s","code":"141081001001001","parentCode":"141081001001","level":5,"name":"北片"}""".formatted(north));
        apply("GridUnitCreated.v1", """
                {"unitId":"%s","code":"141081001001002","parentCode":"141081001001","level":5,"name":"南片"}""".formatted(south));
        apply("StaffAssigned.v1", """
                {"assignmentId":"%s","unitId":"%s","code":"141081001001001","staffId":"%s","username":"grid-worker",
                 "staffName":"陈小军","role":"GRID_WORKER"}""".formatted(post, north, worker));
        apply("StaffAssigned.v1", """
                {"assignmentId":"%s","unitId":"%s","code":"141081001001","staffId":"%s","username":"grid-chief",
                 "staffName":"王建国","role":"GRID_CHIEF"}""".formatted(UUID.randomUUID(), village, chief));
        apply("GridUnitRenamed.v1", """
                {"unitId":"%s","newName":"北片区"}""".formatted(north));
        apply("GridUnitMoved.v1", """
                {"unitId":"%s","oldCode":"141081001001001","code":"141081001001003","newParentCode":"141081001001"}""".formatted(north));
        apply("GridUnitRetired.v1", """
                {"unitId":"%s"}""".formatted(south));
        apply("HouseholdRegistered.v1", """
                {"householdId":"%s","code":"141081001001003","number":"12"}""".formatted(UUID.randomUUID()));

        assertThat(rows("select code, parent_code, level, name, retired::text from unit_directory order by code")).containsExactly(
                "141081001001|141081001|4|秦村|false",
                "141081001001002|141081001001|5|南片|true",
                "141081001001003|141081001001|5|北片区|false");
        assertThat(rows("select unit_code, username, staff_name, role from staff_post order by unit_code")).containsExactly(
                "141081001001|grid-chief|王建国|GRID_CHIEF",
                "141081001001003|grid-worker|陈小军|GRID_WORKER");

        apply("StaffUnassigned.v1", """
                {"assignmentId":"%s","unitId":"%s","staffId":"%s"}""".formatted(post, north, worker));
        assertThat(rows("select username from staff_post")).containsExactly("grid-chief");
    }

    private static void apply(String type, String payload) throws SQLException {
        ReceivedEvent event = new ReceivedEvent(UUID.randomUUID(), "grid-registry." + type, "/grid-registry",
                UUID.randomUUID(), "GridUnit", 1, "141081001001", Instant.now(), payload, "grid-registry.events", 0, 0);
        try (Connection c = dataSource.getConnection()) {
            GridDirectory.apply(c, event);
        }
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
