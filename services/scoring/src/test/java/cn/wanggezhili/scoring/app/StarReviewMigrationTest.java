package cn.wanggezhili.scoring.app;

import cn.wanggezhili.eventstore.quarkus.EventTablesFirst;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import cn.wanggezhili.scoring.app.Commands.ReviewHouseholdStars;
import cn.wanggezhili.testing.TestServers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A database from before the inbox (scoring at V2 with star reviews still noted, the event store without its inbox)
 * upgraded as the service starts: the event store's migrations first ({@link EventTablesFirst}), then V3 moves the notes
 * into the inbox, as {@link StarReviewWork} reads them, and drops star_review.
 */
class StarReviewMigrationTest {

    @Test
    void pending_star_reviews_move_into_the_inbox_and_star_review_goes() throws Exception {
        String database = "scoring_upgrade_test";
        TestServers.freshDatabase(database);
        try (AgroalDataSource dataSource = TestServers.dataSource(database, 8)) {
            // as the released service left it: its own migrations, then the event store's first one
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/eventstore").table("eventstore_schema_history")
                    .baselineOnMigrate(true).baselineVersion("0").target("1").load().migrate();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        insert into star_review (household_id, scheme_code, year, code, token, noted_at) values
                          ('0b6e8a4e-3c1f-4a55-9b0e-5b0f8c6f1a01', 'ten-star-household', 2026, '141081001001001001', gen_random_uuid(), now() - interval '2 minutes'),
                          ('0b6e8a4e-3c1f-4a55-9b0e-5b0f8c6f1a02', 'ten-star-household', 2026, '141081001001001002', gen_random_uuid(), now() - interval '1 minute')
                        """);
            }

            // the new service starts: Quarkus migrates with the platform's customizer
            EventTablesFirst order = new EventTablesFirst(dataSource);
            FluentConfiguration configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
            order.customize(configuration);
            configuration.load().migrate();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                List<String> keys = new ArrayList<>();
                List<ReviewHouseholdStars> reviews = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("""
                        select key, payload::text from inbox where inbox = 'star-reviews' and attempts = 0 and token is not null
                         order by noted_at
                        """)) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                        reviews.add(StarReviewWork.read(rs.getString(2)));
                    }
                }
                assertThat(keys).containsExactly("0b6e8a4e-3c1f-4a55-9b0e-5b0f8c6f1a01/ten-star-household/2026",
                        "0b6e8a4e-3c1f-4a55-9b0e-5b0f8c6f1a02/ten-star-household/2026");
                assertThat(reviews).containsExactly(
                        new ReviewHouseholdStars("0b6e8a4e-3c1f-4a55-9b0e-5b0f8c6f1a01", "ten-star-household", 2026, "141081001001001001"),
                        new ReviewHouseholdStars("0b6e8a4e-3c1f-4a55-9b0e-5b0f8c6f1a02", "ten-star-household", 2026, "141081001001001002"));
                assertThat(keys.get(0)).as("the key a consumer notes under").isEqualTo(StarReviewWork.key(reviews.get(0)));
                try (ResultSet rs = s.executeQuery("select to_regclass('star_review') is null")) {
                    rs.next();
                    assertThat(rs.getBoolean(1)).as("star_review dropped").isTrue();
                }
            }
        }
    }
}
