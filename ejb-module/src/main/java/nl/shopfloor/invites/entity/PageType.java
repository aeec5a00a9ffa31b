package nl.shopfloor.invites.entity;

/** What kind of page the shopper looks at, as the shop labels it (in the widget's config or by a JS call). */
public enum PageType {
    PRODUCT, CATEGORY, SEARCH, CART, CHECKOUT, ACCOUNT, FAQ, OTHER
}
