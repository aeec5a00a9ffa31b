package nl.shopfloor.commerce.control;

import java.util.List;
import nl.shopfloor.commerce.entity.ShopOrder;

/** Orders were created or changed, in the transaction still under way: observers may add to them (kpi K6). */
public record OrdersStored(String shopId, List<ShopOrder> orders) {
}
