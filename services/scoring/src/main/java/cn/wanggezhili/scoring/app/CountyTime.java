package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;

/** Months, quarters and days are the county's local time (docs/domain.md), on the service's clock. */
@ApplicationScoped
public class CountyTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Clock clock;

    public YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(ZONE));
    }
}
