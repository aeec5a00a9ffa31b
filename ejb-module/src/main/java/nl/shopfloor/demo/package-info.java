/** Demo data for the one-command run: shop "demo", three teams, six agents, an admin (password "demo") and three invite rules. */
package nl.shopfloor.demo;
