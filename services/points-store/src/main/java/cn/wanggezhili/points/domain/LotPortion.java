package cn.wanggezhili.points.domain;

import java.util.UUID;

/** Points taken from (or given back to) one credit lot; the lot is named by the settlement or adjustment that made it. */
public record LotPortion(UUID lotId, int points) {
}
