/** Demo data for the one-command run: shop "demo", three teams, six agents, an admin (password "demo"), three invite rules and canned answers (the shop's in nl and en, one of Sanne's own). */
package nl.shopfloor.demo;
