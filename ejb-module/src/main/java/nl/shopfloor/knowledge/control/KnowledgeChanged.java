package nl.shopfloor.knowledge.control;

import java.io.Serializable;

/** Grid notice (G3): another instance changed this shop's articles; this instance re-indexes them from the database. */
public record KnowledgeChanged(String shopId) implements Serializable {
}
