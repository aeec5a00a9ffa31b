package nl.shopfloor.knowledge.control;

/** A shop's articles were made, changed, imported or deleted here: once it commits, {@link KnowledgeIndex} re-indexes. */
public record ArticlesChanged(String shopId) {
}
