package nl.shopfloor.knowledge.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Indexes every shop's articles at start, so the first shopper to type does not wait for it (K3). */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "DemoData"})
public class KnowledgeWarmup {

    private static final Logger LOG = Logger.getLogger(KnowledgeWarmup.class.getName());

    @Inject
    Articles articles;
    @Inject
    KnowledgeIndex index;

    @PostConstruct
    void warm() {
        try {
            articles.shopsWithArticles().forEach(index::warm);
        } catch (RuntimeException e) {
            // a shop not indexed now is indexed when it is first asked for
            LOG.log(Level.WARNING, "Indexing the articles at start failed: " + e);
        }
    }
}
