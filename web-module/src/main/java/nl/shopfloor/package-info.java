/**
 * Plumbing shared by the boundaries: JSON-P from one provider, the REST application, reading request bodies
 * and answering errors.
 *
 * <p>Decisions:
 * <ul>
 * <li>P1 Every REST request body is read by {@code JsonBodyReader} (at most 64 KiB, else 413; 8 levels deep;
 * strict UTF-8; one object) and its fields by {@code JsonBody} (whole numbers exact, never wrapped; strings
 * bounded), so bad input is a 4xx with {@code {"error": reason}} before anything is stored. Every refusal,
 * the framework's 404/405/415 included, is JSON naming no class ({@code JsonErrorMapper}); the unforeseen is
 * a 500 saying nothing of the inside, with one log record ({@code UnexpectedErrorMapper}).</li>
 * </ul>
 */
package nl.shopfloor;
