package cn.wanggezhili.points.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.points.domain.AccountEvent.AccountHolderLinked;
import cn.wanggezhili.points.domain.AccountEvent.AccountOpened;
import cn.wanggezhili.points.domain.AccountEvent.PointsAdjusted;
import cn.wanggezhili.points.domain.AccountEvent.PointsCredited;
import cn.wanggezhili.points.domain.AccountEvent.PointsDebited;
import cn.wanggezhili.points.domain.AccountEvent.PointsExpired;
import cn.wanggezhili.points.domain.AccountEvent.PointsRefunded;

/**
 * An account being rebuilt: mutable, so that each event costs what it changes rather than a copy of the whole
 * account. Never leaves {@link Account#evolve(List)}; {@link #account()} hands out an immutable copy.
 */
final class AccountFold {

    private AccountId id;
    private String code;
    private SubjectType subjectType;
    private String subjectId;
    /** In credit order (oldest first), the order they are spent in. */
    private final List<Lot> lots;
    /** Position of each lot in {@link #lots}: a lot is named by its settlement or adjustment, each credited once. */
    private final Map<UUID, Integer> lotIndex = new HashMap<>();
    private final Set<UUID> settlements;
    private final Map<UUID, List<LotPortion>> holds;
    private final Set<String> holders;
    private int version;

    AccountFold(Account from) {
        id = from.id();
        code = from.code();
        subjectType = from.subjectType();
        subjectId = from.subjectId();
        lots = new ArrayList<>(from.lots());
        for (int i = 0; i < lots.size(); i++) {
            lotIndex.putIfAbsent(lots.get(i).lotId(), i);
        }
        settlements = new HashSet<>(from.settlements());
        holds = new HashMap<>(from.holds());
        holders = new HashSet<>(from.holders());
        version = from.version();
    }

    void apply(AccountEvent event) {
        switch (event) {
            case AccountOpened e -> {
                id = e.accountId();
                code = e.code();
                subjectType = e.subjectType();
                subjectId = e.subjectId();
            }
            case PointsCredited e -> {
                settlements.add(e.settlementId());
                addLot(new Lot(e.settlementId(), e.points(), e.at(), e.expiresAt()));
            }
            case PointsDebited e -> {
                holds.put(e.redemptionId(), List.copyOf(e.portions()));
                take(e.portions(), -1);
            }
            case PointsRefunded e -> {
                // the redemption ended (cancelled or lapsed): its hold is gone, so a second refund finds nothing
                holds.remove(e.redemptionId());
                take(e.portions(), 1);
            }
            case PointsExpired e -> take(List.of(new LotPortion(e.lotId(), e.points())), -1);
            case PointsAdjusted e -> adjust(e);
            case AccountHolderLinked e -> holders.add(e.username());
        }
        version++;
    }

    Account account() {
        return new Account(id, code, subjectType, subjectId, lots, settlements, holds, holders, version);
    }

    private void adjust(PointsAdjusted e) {
        if (e.points() > 0) {
            addLot(new Lot(e.adjustmentId(), e.points(), e.at(), e.expiresAt()));
        } else {
            take(e.portions(), -1);
        }
    }

    private void addLot(Lot lot) {
        lotIndex.putIfAbsent(lot.lotId(), lots.size());
        lots.add(lot);
    }

    /** Takes from ({@code sign} -1) or gives back to (+1) the lots the portions name. */
    private void take(List<LotPortion> portions, int sign) {
        for (LotPortion p : portions) {
            Integer i = lotIndex.get(p.lotId());
            if (i != null) {
                lots.set(i, lots.get(i).minus(-sign * p.points()));
            }
        }
    }
}
