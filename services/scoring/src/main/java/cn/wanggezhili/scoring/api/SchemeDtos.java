package cn.wanggezhili.scoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.wanggezhili.scoring.domain.Cadence;
import cn.wanggezhili.scoring.domain.Category;
import cn.wanggezhili.scoring.domain.Indicator;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.scoring.domain.Trigger;

/** Point schemes as JSON: the same shape to publish and to read, plus version and counts when read. */
public final class SchemeDtos {

    static final String CODE = "^[a-z0-9][a-z0-9-]{0,59}$";

    private SchemeDtos() {
    }

    @Schema(description = "A point scheme (积分方案) to publish; publishing an existing code makes its next version")
    public record SchemeRequest(
            @Schema(example = "ten-star-household") @NotBlank @Pattern(regexp = CODE) String code,
            @Schema(example = "HOUSEHOLD") @NotNull SubjectType subjectType,
            @Schema(example = "十星级文明户（健康银行）评星标准") @NotBlank @Size(max = 100) String nameZh,
            @Schema(example = "141081000000") @NotBlank @Pattern(regexp = Dtos.GRID_CODE) String unitCode,
            @Schema(example = "0") @Min(0) @Max(100000) int baseScore,
            @Schema(example = "MONTHLY") @NotNull Cadence cadence,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull CategoryDto> categories) {

        Scheme toScheme() {
            return new Scheme(code, 0, subjectType, nameZh, unitCode, baseScore, cadence,
                    categories.stream().map(CategoryDto::toCategory).toList());
        }
    }

    public record CategoryDto(
            @NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 100) String nameZh,
            @Schema(nullable = true, description = "Households' ten stars: the star's code, e.g. patriotism; null in other schemes")
            @Pattern(regexp = CODE) String star,
            @Schema(nullable = true, description = "The star's name, e.g. 爱党爱国星; null in other schemes") @Size(max = 40) String starNameZh,
            @Schema(nullable = true, description = "The score on the star's items a household needs to hold it; null in other schemes")
            @Min(1) Integer starThreshold,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull IndicatorDto> indicators) {

        Category toCategory() {
            return new Category(code, nameZh, star, starNameZh, starThreshold, indicators.stream().map(IndicatorDto::toIndicator).toList());
        }

        static CategoryDto of(Category c) {
            return new CategoryDto(c.code(), c.nameZh(), c.star(), c.starNameZh(), c.starThreshold(),
                    c.indicators().stream().map(IndicatorDto::of).toList());
        }
    }

    public record IndicatorDto(
            @NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 200) String nameZh,
            @Schema(description = "Points per entry: positive a bonus item (加分项), negative a deduction item (减分项)")
            @Min(-1000) @Max(1000) int points,
            @Schema(nullable = true, description = "Most absolute points one subject collects on it per month; no cap when null")
            @Min(1) Integer capPerPeriod,
            boolean evidenceRequired,
            @Schema(nullable = true, description = "The event that scores the indicator by itself; null when only scorers record it")
            @Valid TriggerDto trigger,
            @Schema(description = "Entries from the trigger's events count without the monthly review") boolean autoApproved) {

        Indicator toIndicator() {
            return new Indicator(code, nameZh, points, capPerPeriod, evidenceRequired, trigger == null ? null : trigger.toTrigger(),
                    autoApproved);
        }

        static IndicatorDto of(Indicator i) {
            return new IndicatorDto(i.code(), i.nameZh(), i.points(), i.capPerPeriod(), i.evidenceRequired(),
                    i.trigger() == null ? null : new TriggerDto(i.trigger().eventType(), i.trigger().when(), i.trigger().subject()),
                    i.autoApproved());
        }
    }

    @Schema(description = "Scores the indicator from another service's event: {\"eventType\":\"task-dispatch.TaskClosed.v1\","
            + "\"when\":{\"completedOnTime\":\"true\"},\"subject\":\"completedBy.staffId\"}")
    public record TriggerDto(
            @NotBlank @Pattern(regexp = "^[a-z-]+\\.[A-Za-z]+\\.v[0-9]+$") String eventType,
            @Size(max = 10) Map<String, String> when,
            @NotBlank @Size(max = 100) String subject) {

        Trigger toTrigger() {
            return new Trigger(eventType, when, subject);
        }
    }

    @Schema(description = "A published version of a point scheme")
    public record SchemeResponse(String code, int version, SubjectType subjectType, String subjectTypeNameZh, String nameZh,
                                 String unitCode, int baseScore, Cadence cadence, int categoryCount, int indicatorCount,
                                 int maximumPoints, List<CategoryDto> categories) {

        static SchemeResponse of(Scheme s) {
            return new SchemeResponse(s.code(), s.version(), s.subjectType(), s.subjectType().nameZh(), s.nameZh(), s.unitCode(),
                    s.baseScore(), s.cadence(), s.categories().size(), s.indicatorCount(), s.maximumPoints(),
                    s.categories().stream().map(CategoryDto::of).toList());
        }
    }
}
