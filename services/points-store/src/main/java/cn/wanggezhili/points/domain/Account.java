package cn.wanggezhili.points.domain;

import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.INSUFFICIENT_POINTS;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.REASON_REQUIRED;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.ZERO_ADJUSTMENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * A subject's points account, rebuilt from its ledger. Points sit in lots (one per credit), spent oldest first so
 * that what expires first is used first. The balance never goes below zero: every debit is checked against the
 * lots usable now. Methods named after commands return new events and change nothing; {@link #evolve} applies them.
 * {@code settlements}: every settlement ever credited (the only record of it once its note in the inbox is done,
 * so a settlement delivered again at any age credits nothing); {@code holds}: the lot portions of each redemption
 * debited and not refunded, which a cancellation or lapse gives back.
 */
public record Account(AccountId id, String code, SubjectType subjectType, String subjectId, List<Lot> lots,
                      Set<UUID> settlements, Map<UUID, List<LotPortion>> holds, Set<String> holders, int version) {

    public static final Account NONE = new Account(null, null, null, null, List.of(), Set.of(), Map.of(), Set.of(), 0);

    public Account {
        lots = List.copyOf(lots);
        settlements = Set.copyOf(settlements);
        holds = Map.copyOf(holds);
        holders = Set.copyOf(holders);
    }

    public static Account replay(List<? extends AccountEvent> events) {
        return NONE.evolve(events);
    }

    /** The same subject always has the same account, so a credit finds it without a lookup. */
    public static AccountId idOf(SubjectType type, String subjectId) {
        return new AccountId(UUID.nameUUIDFromBytes(("points-account:" + type + ":" + subjectId).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public boolean exists() {
        return id != null;
    }

    public int balance() {
        return lots.stream().mapToInt(Lot::remaining).sum();
    }

    /** Points that may be spent at {@code now}: lots past their expiry wait for the expiry run, unusable. */
    public int available(Instant now) {
        return lots.stream().filter(l -> !l.expiredAt(now)).mapToInt(Lot::remaining).sum();
    }

    public Instant nextExpiry() {
        return lots.stream().filter(l -> l.remaining() > 0).map(Lot::expiresAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    public boolean isHeldBy(String username) {
        return username != null && holders.contains(username);
    }

    /**
     * A settlement's points: opens the account on the first credit, and credits each settlement once however
     * often it is delivered (an empty list for a repeat). The points expire as the county of the account's unit
     * says (the unit the account was opened on, whatever unit a later settlement names).
     */
    public static List<AccountEvent> credit(Account account, SettlementCredit credit, ExpiryPolicy expiry, Instant now) {
        if (account.settlements.contains(credit.settlementId())) {
            return List.of();
        }
        List<AccountEvent> events = new ArrayList<>();
        AccountId id = idOf(credit.subjectType(), credit.subjectId());
        String code = account.exists() ? account.code : credit.code();
        if (!account.exists()) {
            events.add(new AccountOpened(id, code, credit.subjectType(), credit.subjectId(), credit.subjectName(), now));
        }
        events.add(new PointsCredited(id, code, credit.settlementId(), credit.quarter(), credit.points(),
                expiry.expiresAt(code, now), account.balance() + credit.points(), now));
        return events;
    }

    public PointsDebited debit(UUID redemptionId, int points, Instant now) {
        List<LotPortion> portions = take(points, now, "points");
        return new PointsDebited(id, code, redemptionId, points, portions, balance() - points, now);
    }

    /** Gives back what a redemption held; nothing when it held nothing (already refunded). */
    public List<AccountEvent> refund(UUID redemptionId, String reason, Instant now) {
        List<LotPortion> held = holds.get(redemptionId);
        if (held == null) {
            return List.of();
        }
        int points = held.stream().mapToInt(LotPortion::points).sum();
        return List.of(new PointsRefunded(id, code, redemptionId, points, held, reason, balance() + points, now));
    }

    /** One event per lot past its expiry that still holds points. */
    public List<AccountEvent> expire(Instant now) {
        List<AccountEvent> events = new ArrayList<>();
        int balance = balance();
        for (Lot lot : lots) {
            if (lot.expiredAt(now) && lot.remaining() > 0) {
                balance -= lot.remaining();
                events.add(new PointsExpired(id, code, lot.lotId(), lot.remaining(), balance, now));
            }
        }
        return events;
    }

    /** Added points form a lot that expires as a credit's would; removed points come from the oldest lots. */
    public PointsAdjusted adjust(UUID adjustmentId, int points, String reason, String by, ExpiryPolicy expiry, Instant now) {
        if (points == 0) {
            throw new PointsRuleViolation(ZERO_ADJUSTMENT, "points", "an adjustment adds or removes at least one point");
        }
        if (reason == null || reason.isBlank()) {
            throw new PointsRuleViolation(REASON_REQUIRED, "reason", "an adjustment needs its reason");
        }
        List<LotPortion> portions = points > 0 ? List.of(new LotPortion(adjustmentId, points)) : take(-points, now, "points");
        return new PointsAdjusted(id, code, adjustmentId, points, portions, points > 0 ? expiry.expiresAt(code, now) : null,
                reason.strip(), by, balance() + points, now);
    }

    /** A login holds the account once; it is compared as the login name, without the spaces a form may add. */
    public List<AccountEvent> linkHolder(String username, String by, Instant now) {
        String login = username.strip();
        return holders.contains(login) ? List.of() : List.of(new AccountHolderLinked(id, code, login, by, now));
    }

    /** Oldest usable lots first; refuses rather than letting the balance go below zero. */
    private List<LotPortion> take(int points, Instant now, String field) {
        if (available(now) < points) {
            throw new PointsRuleViolation(INSUFFICIENT_POINTS, field,
                    "the account has " + available(now) + " points to spend, " + points + " are needed");
        }
        List<LotPortion> portions = new ArrayList<>();
        int left = points;
        for (Lot lot : lots) {
            if (left == 0) {
                break;
            }
            if (lot.expiredAt(now) || lot.remaining() == 0) {
                continue;
            }
            int taken = Math.min(left, lot.remaining());
            portions.add(new LotPortion(lot.lotId(), taken));
            left -= taken;
        }
        return portions;
    }

    /** One event applied; a fold of several should go through {@link #evolve(List)}, which copies the account once. */
    public Account evolve(AccountEvent event) {
        return evolve(List.of(event));
    }

    /**
     * The events applied in order, in time linear in the account and the events: they are folded into one mutable
     * {@link AccountFold}, and the result copied once into an immutable account (copying lots, holds and settlements
     * per event made a replay quadratic in the ledger's length).
     */
    public Account evolve(List<? extends AccountEvent> events) {
        AccountFold fold = new AccountFold(this);
        for (AccountEvent e : events) {
            fold.apply(e);
        }
        return fold.account();
    }
}
