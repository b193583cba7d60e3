package cn.wanggezhili.points.api;

import cn.wanggezhili.readpolicy.suite.PointsReadPolicy;

import java.util.Map;
import cn.wanggezhili.points.api.Dtos.AccountResponse;
import cn.wanggezhili.points.api.Dtos.ItemResponse;
import cn.wanggezhili.points.api.Dtos.LedgerEntryResponse;
import cn.wanggezhili.points.api.Dtos.RedemptionResponse;
import cn.wanggezhili.points.app.AccountQueries.AccountView;
import cn.wanggezhili.points.app.AccountQueries.LedgerEntryView;
import cn.wanggezhili.points.app.CatalogueQueries.ItemView;
import cn.wanggezhili.points.app.RedemptionQueries.RedemptionView;
import cn.wanggezhili.points.domain.ItemKind;
import cn.wanggezhili.points.domain.RedemptionStatus;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Masking;
import cn.wanggezhili.security.Role;

/** Maps read models to response bodies, with Chinese names for kinds and statuses. */
final class Responses {

    private static final Map<String, String> LEDGER_KINDS = Map.of("CREDITED", "积分入账", "DEBITED", "兑换扣减",
            "REFUNDED", "兑换退回", "EXPIRED", "积分过期", "ADJUSTED", "管理员调整");

    private Responses() {
    }

    /** Integrators (no store or grid duty) see the subject's name masked, as on a public notice board. */
    static AccountResponse account(AccountView a, Caller caller) {
        boolean dutyBound = caller.hasAnyRole(PointsReadPolicy.NAME_READERS) || a.holders().contains(caller.username());
        String name = dutyBound ? a.subjectName() : Masking.name(a.subjectName());
        return new AccountResponse(a.id(), a.code(), a.subjectType(), a.subjectId(), name, a.balance(),
                a.nextExpiry(), a.tier(), a.tierYear(), a.holders(), a.openedAt(), a.version());
    }

    static LedgerEntryResponse entry(LedgerEntryView e) {
        return new LedgerEntryResponse(e.version(), e.kind(), LEDGER_KINDS.getOrDefault(e.kind(), e.kind()), e.points(),
                e.balance(), e.reference(), e.reason(), e.by(), e.at());
    }

    static ItemResponse item(ItemView i) {
        return new ItemResponse(i.id(), i.storeCode(), i.kind(), ItemKind.valueOf(i.kind()).nameZh(), i.nameZh(),
                i.description(), i.pointsPrice(), i.stock(), i.maxTier(), i.tierDiscounts(), i.withdrawn(), i.version());
    }

    static RedemptionResponse redemption(RedemptionView r) {
        return new RedemptionResponse(r.id(), r.accountId(), r.storeCode(), r.itemId(), r.itemName(), r.items(), r.points(),
                r.tier(), r.mode(), r.status(), RedemptionStatus.valueOf(r.status()).nameZh(), r.reservedAt(), r.expiresAt(),
                r.closedAt(), r.version());
    }
}
