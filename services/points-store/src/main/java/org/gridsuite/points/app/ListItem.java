package org.gridsuite.points.app;

import java.util.Map;
import org.gridsuite.gridcode.GridCode;
import org.gridsuite.points.domain.ItemKind;

/** Put an item into a store's catalogue. */
public record ListItem(GridCode storeCode, ItemKind kind, String nameZh, String description, int pointsPrice, int stock,
                       Integer maxTier, Map<Integer, Integer> tierDiscounts) {
}
