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

    public record HolderRequest(@Schema(description = "The login to link, e.g. a resident of the household", example = "resident-qcb-001")
                                @NotBlank @Size(max = 100) String username) {
    }

    public record AdjustmentRequest(@Schema(description = "Points to add (positive) or remove (negative)", example = "-5")
                                    @NotNull @Min(-100000) @Max(100000) Integer points,
                                    @Schema(example = "更正重复入账") @NotBlank @Size(max = 500) String reason) {
    }

    public record ListItemRequest(
            @Schema(description = "The unit whose store (积分超市) lists it: a village or a township", example = "141081001001")
            @NotBlank @Pattern(regexp = CODE) String storeCode,
            @Schema(example = "GOODS") @NotNull ItemKind kind,
            @Schema(example = "洗衣液 2kg") @NotBlank @Size(max = 100) String nameZh,
            @Schema(example = "秦村北社区积分超市兑换") @Size(max = 1000) String description,
            @Schema(example = "30") @NotNull @Min(1) @Max(1000000) Integer pointsPrice,
            @Schema(example = "20") @NotNull @Min(0) @Max(1000000) Integer stock,
            @Schema(description = "Open to this tier and better (1 best … 4); absent: every tier", example = "3") @Min(1) @Max(4) Integer maxTier,
            @Schema(description = "Percent off per tier, e.g. {\"1\": 20, \"2\": 10}") Map<Integer, Integer> tierDiscounts) {
    }

    public record RestockRequest(@Schema(example = "10") @NotNull @Min(1) @Max(1000000) Integer quantity) {
    }

    public record RedemptionRequest(@NotNull UUID accountId, @NotNull UUID itemId,
                                    @Schema(example = "1") @NotNull @Min(1) @Max(1000) Integer quantity,
                                    @Schema(description = "EXCHANGE_DAY (集中兑换) or ANYTIME (随时兑换, the default)", example = "ANYTIME")
                                    ExchangeMode mode) {
    }

    public record ReasonRequest(@Schema(example = "村民改换其他商品") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "A points account (积分账户) and its balance")
    public record AccountResponse(UUID id, String unitCode, String subjectType, String subjectId,
                                  @Schema(nullable = true, description = "Masked for integrators; null when scoring named no subject")
                                  String subjectName,
                                  int balance,
                                  @Schema(nullable = true, description = "When the oldest points expire; null when none will")
                                  Instant nextExpiry,
                                  @Schema(nullable = true, description = "The subject's latest tier from scoring (1 best … 4); null before any")
                                  Integer tier,
                                  @Schema(nullable = true, description = "The year of that tier; null before any") Integer tierYear,
                                  List<String> holders, Instant openedAt, int version) {
    }

    public record AccountPage(List<AccountResponse> items,
                              @Schema(nullable = true, description = "The cursor of the next page (pass it as `after`); null on the last page")
                              String next) {
    }

    @Schema(description = "One ledger entry (积分明细): credited, debited, refunded, expired or adjusted")
    public record LedgerEntryResponse(int version, String kind, String kindNameZh, int points, int balance, UUID reference,
                                      @Schema(nullable = true, description = "The quarter of a credit, the reason of a refund or "
                                              + "adjustment; null for debits and expiries") String reason,
                                      @Schema(nullable = true, description = "Who adjusted; null for every other kind") String by,
                                      Instant at) {
    }

    public record LedgerPage(List<LedgerEntryResponse> items,
                             @Schema(nullable = true, description = "The cursor of the next page (pass it as `after`); null on the last page")
                             String next) {
    }

    @Schema(description = "A catalogue item (积分超市商品/服务)")
    public record ItemResponse(UUID id, String storeCode, String kind, String kindNameZh, String nameZh, String description,
                               int pointsPrice, int stock,
                               @Schema(nullable = true, description = "Open to this tier and better; null: every tier") Integer maxTier,
                               Map<Integer, Integer> tierDiscounts,
                               boolean withdrawn, int version) {
    }

    public record ItemPage(List<ItemResponse> items,
                           @Schema(nullable = true, description = "The cursor of the next page (pass it as `after`); null on the last page")
                           String next) {
    }

    @Schema(description = "A redemption (积分兑换): reserved, then fulfilled, cancelled or lapsed")
    public record RedemptionResponse(UUID id, UUID accountId, String storeCode, UUID itemId, String itemNameZh, int items,
                                     int points, int tier, String mode, String status, String statusNameZh,
                                     Instant reservedAt, Instant expiresAt,
                                     @Schema(nullable = true, description = "When it was fulfilled, cancelled or lapsed; null while reserved")
                                     Instant closedAt, int version) {
    }

    public record RedemptionPage(List<RedemptionResponse> items,
                                 @Schema(nullable = true, description = "The cursor of the next page (pass it as `after`); null on the last page")
                                 String next) {
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
