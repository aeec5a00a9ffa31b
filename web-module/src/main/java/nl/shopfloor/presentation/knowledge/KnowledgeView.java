package nl.shopfloor.presentation.knowledge;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.logging.Logger;
import java.util.List;
import java.util.Map;
import nl.shopfloor.agents.control.Agents;
import nl.shopfloor.commerce.control.Shops;
import nl.shopfloor.knowledge.control.ArticleRefused;
import nl.shopfloor.knowledge.control.ArticleRows;
import nl.shopfloor.knowledge.control.Articles;
import nl.shopfloor.knowledge.control.ImportReport;
import nl.shopfloor.knowledge.entity.Article;
import nl.shopfloor.knowledge.entity.ArticleDraft;
import nl.shopfloor.presentation.Texts;
import nl.shopfloor.presentation.Viewer;

/**
 * The shop's FAQ articles for its supervisors and admins (knowledge K1, K2): the list, one form to add or edit,
 * delete, and an import of pasted or uploaded CSV or JSON whose refused rows are listed by number; web.xml keeps agents
 * off it.
 */
@Named
@ViewScoped
public class KnowledgeView implements Serializable {

    private static final Logger LOG = Logger.getLogger(KnowledgeView.class.getName());

    @Inject
    transient Agents agents;
    @Inject
    transient Shops shops;
    @Inject
    transient Articles articles;

    private Viewer viewer;
    private List<Article> list;
    private String editing;
    private String language = "nl";
    private String title;
    private String body;
    private String url;
    private String imported;
    private transient Part file;
    private Map<Integer, String> refusedRows = Map.of();

    @PostConstruct
    void load() {
        viewer = Viewer.current(agents, shops);
        list = articles.ofShop(viewer.shopId());
    }

    public void save() {
        ArticleDraft draft = ArticleDraft.of(language, title, body, url, null);
        try {
            if (editing == null) {
                articles.create(viewer.shopId(), draft);
            } else {
                articles.update(viewer.shopId(), editing, draft);
            }
            Texts.say(FacesMessage.SEVERITY_INFO, editing == null ? "knowledge.done.created" : "knowledge.done.saved", draft.title());
            clear();
        } catch (ArticleRefused refused) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "knowledge.refused", refused.getMessage());
        }
        list = articles.ofShop(viewer.shopId());
    }

    public void edit(String id) {
        articles.find(viewer.shopId(), id).ifPresent(article -> {
            editing = article.id();
            language = article.language();
            title = article.title();
            body = article.body();
            url = article.url();
        });
    }

    public void clear() {
        editing = null;
        title = body = url = null;
    }

    public void delete(String id) {
        try {
            articles.delete(viewer.shopId(), id);
            Texts.say(FacesMessage.SEVERITY_INFO, "knowledge.done.deleted");
            if (id.equals(editing)) {
                clear();
            }
        } catch (ArticleRefused refused) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "knowledge.refused", refused.getMessage());
        }
        list = articles.ofShop(viewer.shopId());
    }

    public void importRows() {
        refusedRows = Map.of();
        if (importText(imported == null ? "" : imported)) {
            imported = null;
        }
        list = articles.ofShop(viewer.shopId());
    }

    /** The same import from a chosen file (K2), sent with the form as multipart. */
    public void importFile() {
        refusedRows = Map.of();
        if (file == null || file.getSize() == 0) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "knowledge.import.file.none");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            importText(ArticleRows.text(in.readNBytes(ArticleRows.MAX_FILE_BYTES + 1)));
        } catch (ArticleRefused refused) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "knowledge.refused", refused.getMessage());
        } catch (IOException unreadable) {
            LOG.warning(() -> "Article file of shop " + viewer.shopId() + " could not be read: " + unreadable);
            Texts.say(FacesMessage.SEVERITY_ERROR, "knowledge.import.file.unreadable");
        } finally {
            file = null;
        }
        list = articles.ofShop(viewer.shopId());
    }

    /** True when every row was stored. */
    private boolean importText(String text) {
        try {
            ImportReport report = articles.importRows(viewer.shopId(), ArticleRows.of(text));
            refusedRows = report.refused();
            Texts.say(report.refused().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, "knowledge.done.imported",
                    report.created(), report.updated(), report.refused().size());
            return report.refused().isEmpty();
        } catch (ArticleRefused refused) {
            Texts.say(FacesMessage.SEVERITY_ERROR, "knowledge.refused", refused.getMessage());
            return false;
        }
    }

    public List<Article> getArticles() {
        return list;
    }

    public List<Map.Entry<Integer, String>> getRefusedRows() {
        return List.copyOf(refusedRows.entrySet());
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getImported() {
        return imported;
    }

    public void setImported(String imported) {
        this.imported = imported;
    }
}
