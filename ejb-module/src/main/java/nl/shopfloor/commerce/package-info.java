/**
 * Commerce: the shops using Shopfloor (allowed page origins, languages, question types). Customers, orders
 * and attribution come later.
 */
package nl.shopfloor.commerce;
