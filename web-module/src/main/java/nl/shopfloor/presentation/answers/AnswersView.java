package nl.shopfloor.presentation.answers;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.shopfloor.answers.control.AnswerRefused;
import nl.shopfloor.answers.control.CannedAnswers;
import nl.shopfloor.answers.entity.AnswerDraft;
import nl.shopfloor.answers.entity.CannedAnswer;
import nl.shopfloor.presentation.Texts;

/**
 * The agent's canned answers page (answers A1-A3): the list, one form to add or change, delete. The control decides
 * who may change what; this view only leaves out the buttons that would be refused.
 */
@Named
@ViewScoped
public class AnswersView implements Serializable {

    @Inject
    transient CannedAnswers answers;

    private String username;
    private boolean supervisor;
    private List<CannedAnswer> list;
    /** The answer in the form; null: a new one. */
    private String editing;
    private boolean teamWide;
    private String language;
    private String shortcut;
    private String title;
    private String text;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        username = external.getUserPrincipal().getName();
        supervisor = external.isUserInRole("admin") || external.isUserInRole("supervisor");
        language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage().equals("nl") ? "nl" : "en";
        list = answers.visibleTo(username);
    }

    public void save() {
        AnswerDraft draft = new AnswerDraft(language, shortcut, title, text);
        try {
            CannedAnswer saved = editing == null ? answers.add(username, teamWide, draft) : answers.change(username, editing, draft);
            Texts.say(FacesMessage.SEVERITY_INFO, editing == null ? "answers.done.added" : "answers.done.changed", saved.shortcut());
            clear();
        } catch (AnswerRefused refused) {
            say(refused);
        }
        list = answers.visibleTo(username);
    }

    public void edit(String answerId) {
        list.stream().filter(answer -> answer.id().equals(answerId)).findFirst().ifPresent(answer -> {
            editing = answer.id();
            teamWide = answer.isTeamWide();
            language = answer.language();
            shortcut = answer.shortcut();
            title = answer.title();
            text = answer.text();
        });
    }

    public void clear() {
        editing = null;
        teamWide = false;
        shortcut = null;
        title = null;
        text = null;
    }

    public void remove(String answerId) {
        try {
            answers.remove(username, answerId);
            Texts.say(FacesMessage.SEVERITY_INFO, "answers.done.removed");
            if (answerId.equals(editing)) {
                clear();
            }
        } catch (AnswerRefused refused) {
            say(refused);
        }
        list = answers.visibleTo(username);
    }

    private static void say(AnswerRefused refused) {
        Texts.say(FacesMessage.SEVERITY_ERROR, "answers.refused." + refused.reason().name().toLowerCase(Locale.ROOT));
    }

    /** Mirrors CannedAnswer.isChangeableBy for the buttons: the list holds only the shop's and the caller's own. */
    public boolean changeable(CannedAnswer answer) {
        return !answer.isTeamWide() || supervisor;
    }

    public List<CannedAnswer> getList() {
        return list;
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public int getMaxShortcut() {
        return AnswerDraft.MAX_SHORTCUT;
    }

    public int getMaxTitle() {
        return AnswerDraft.MAX_TITLE;
    }

    public int getMaxText() {
        return AnswerDraft.MAX_TEXT;
    }

    public boolean isTeamWide() {
        return teamWide;
    }

    public void setTeamWide(boolean teamWide) {
        this.teamWide = teamWide;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getShortcut() {
        return shortcut;
    }

    public void setShortcut(String shortcut) {
        this.shortcut = shortcut;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
