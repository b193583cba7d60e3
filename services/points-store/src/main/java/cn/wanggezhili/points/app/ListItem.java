package cn.wanggezhili.points.app;

import java.util.Map;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.points.domain.ItemKind;

/** Put an item into a store's catalogue. */
public record ListItem(GridCode storeCode, ItemKind kind, String nameZh, String description, int pointsPrice, int stock,
                       Integer maxTier, Map<Integer, Integer> tierDiscounts) {
}
