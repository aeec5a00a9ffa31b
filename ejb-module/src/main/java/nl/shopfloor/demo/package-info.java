/** Demo data for the one-command run: shop "demo", three teams, six agents and an admin (password "demo"). */
package nl.shopfloor.demo;
