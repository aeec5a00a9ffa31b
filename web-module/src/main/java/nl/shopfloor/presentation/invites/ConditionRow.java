package nl.shopfloor.presentation.invites;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the rule editor's conditions: a condition of a type with its fields as typed, or an "all"/"any" group of
 * such conditions ({@code parts}).
 */
public class ConditionRow implements Serializable {

    private String type;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<ConditionRow> parts = new ArrayList<>();

    public ConditionRow(String type) {
        this.type = type;
    }

    public boolean isGroup() {
        return ConditionRows.isGroup(type);
    }

    public String getType() {
        return type;
    }

    /** A row that changes its type starts with empty fields. */
    public void setType(String newType) {
        if (newType != null && !newType.equals(type) && ConditionRows.isGroup(newType) == isGroup()) {
            values.clear();
            type = newType;
        }
    }

    public Map<String, String> getValues() {
        return values;
    }

    public List<ConditionRow> getParts() {
        return parts;
    }
}
