/**
 * Offline: the contact form shoppers get when nobody can chat. Messages are stored (idempotently per
 * clientId) and listed on the dashboard. E-mail delivery through JMS is a later issue; until then the
 * dashboard says plainly that nothing was e-mailed.
 */
package nl.shopfloor.offline;
