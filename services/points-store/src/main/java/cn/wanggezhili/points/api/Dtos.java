package cn.wanggezhili.points.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.wanggezhili.points.domain.ExchangeMode;
import cn.wanggezhili.points.domain.ItemKind;

/** Request and response bodies of the points store API (JSON, camelCase). */
public final class Dtos {

    private Dtos() {
    }

    static final String CODE = "^[0-9]{12}([0-9]{3})*$";

    public record HolderRequest(@NotBlank @Size(max = 100) String username) {
    }

    public record AdjustmentRequest(@NotNull @Min(-100000) @Max(100000) Integer points, @NotBlank @Size(max = 500) String reason) {
    }

    public record ListItemRequest(
            @NotBlank @Pattern(regexp = CODE) String storeCode,
            @NotNull ItemKind kind,
            @NotBlank @Size(max = 100) String nameZh,
            @Size(max = 1000) String description,
            @NotNull @Min(1) @Max(1000000) Integer pointsPrice,
            @NotNull @Min(0) @Max(1000000) Integer stock,
            @Schema(description = "Open to this tier and better (1 best … 4); absent: every tier") @Min(1) @Max(4) Integer maxTier,
            @Schema(description = "Percent off per tier, e.g. {\"1\": 20, \"2\": 10}") Map<Integer, Integer> tierDiscounts) {
    }

    public record RestockRequest(@NotNull @Min(1) @Max(1000000) Integer quantity) {
    }

    public record RedemptionRequest(@NotNull UUID accountId, @NotNull UUID itemId, @NotNull @Min(1) @Max(1000) Integer quantity,
                                    @Schema(description = "EXCHANGE_DAY (集中兑换) or ANYTIME (随时兑换, the default)") ExchangeMode mode) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "A points account (积分账户) and its balance")
    public record AccountResponse(UUID id, String unitCode, String subjectType, String subjectId, String subjectName,
                                  int balance, Instant nextExpiry, Integer tier, Integer tierYear, List<String> holders,
                                  Instant openedAt, int version) {
    }

    public record AccountPage(List<AccountResponse> items, String next) {
    }

    @Schema(description = "One ledger entry (积分明细): credited, debited, refunded, expired or adjusted")
    public record LedgerEntryResponse(int version, String kind, String kindNameZh, int points, int balance, UUID reference,
                                      String reason, String by, Instant at) {
    }

    public record LedgerPage(List<LedgerEntryResponse> items, String next) {
    }

    @Schema(description = "A catalogue item (积分超市商品/服务)")
    public record ItemResponse(UUID id, String storeCode, String kind, String kindNameZh, String nameZh, String description,
                               int pointsPrice, int stock, Integer maxTier, Map<Integer, Integer> tierDiscounts,
                               boolean withdrawn, int version) {
    }

    public record ItemPage(List<ItemResponse> items, String next) {
    }

    @Schema(description = "A redemption (积分兑换): reserved, then fulfilled, cancelled or lapsed")
    public record RedemptionResponse(UUID id, UUID accountId, String storeCode, UUID itemId, String itemNameZh, int items,
                                     int points, int tier, String mode, String status, String statusNameZh,
                                     Instant reservedAt, Instant expiresAt, Instant closedAt, int version) {
    }

    public record RedemptionPage(List<RedemptionResponse> items, String next) {
    }

    public record AdjustmentResponse(UUID adjustmentId, AccountResponse account) {
    }

    public record ExchangeLine(UUID itemId, String itemNameZh, long redemptions, long items, long points) {
    }

    @Schema(description = "A store's fulfilled exchanges in a period (dates in Asia/Shanghai, inclusive)")
    public record ExchangeStatement(String storeCode, String from, String to, long redemptions, long items, long points,
                                    long accounts, List<ExchangeLine> byItem) {
    }
}
