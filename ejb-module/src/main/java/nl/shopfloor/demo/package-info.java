/** Demo data for the one-command run: shop "demo", three teams, six agents, an admin (password "demo"), three invite rules,
 * canned answers (the shop's in nl and en, one of Sanne's own) and twelve FAQ articles, six each in Dutch and English
 * (knowledge K1; added to a demo database from before them). */
package nl.shopfloor.demo;
