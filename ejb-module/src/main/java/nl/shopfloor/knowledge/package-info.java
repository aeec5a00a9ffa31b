/**
 * Knowledge: the shop's short FAQ articles, suggested beside a human, never instead of one — to the shopper while
 * they type their question (the chat or the message still goes with one click) and to the agent beside the chat,
 * who may send one on.
 *
 * <ul>
 * <li>K1 An article is plain text in one language (nl or en): a one-line title, a body, and optionally the URL of the
 * article on the shop's own site. Without a URL Shopfloor serves the article itself ({@code /knowledge/{id}}, every
 * character escaped, cacheable), so a suggested link always works.</li>
 * <li>K2 The same checks for the dashboard form, the file upload and {@code /api/v1/articles} ({@code ArticleDraft},
 * {@code ArticleRows}): CSV or JSON, at most 2,000 rows an import and 5,000 articles a shop; each bad row is reported
 * by its number with its reason and stores nothing, the good rows are stored. An import is idempotent: a row is the
 * same article again by its {@code ref}, else its {@code url}, so a row needs one of the two.</li>
 * <li>K3 Search is Lucene in memory, per shop and language, with the Dutch and English analyzers (stemming), built
 * from the database at start and for a shop again after each change once it commits; in a cluster every instance
 * has its own index and the others re-index when the grid tells them ({@code KnowledgeChanged}, G3). A query is cut
 * at 300 characters and 16 words; at most 3 results, title matches first. A word matches its stem, longer words
 * starting with it and the shorter stems it starts with (from 5 letters), so "retour" and "retourneren" meet.</li>
 * <li>K4 Suggestions for the shopper come over the shopper socket ({@code suggest}, answered {@code suggestions}),
 * within the socket's frame limit and at most 60 a minute per client address; the agent's list comes for the
 * conversation's first shopper message, for the agent it is assigned to only.</li>
 * </ul>
 * Out of scope: rich text and images in articles, search across languages, learning from which suggestion helped.
 */
package nl.shopfloor.knowledge;
