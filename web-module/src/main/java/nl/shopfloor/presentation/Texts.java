package nl.shopfloor.presentation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;

/** The dashboard's texts (the "msg" bundle) in the viewer's language, and results said on the page. */
public final class Texts {

    private Texts() {
    }

    public static String of(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    public static String format(String key, Object... arguments) {
        return MessageFormat.format(of(key), arguments);
    }

    /** A result for the page's messages. */
    public static void say(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, format(key, arguments), null));
    }
}
