package nl.shopfloor.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;

@Embeddable
public class Skill {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SkillKind kind;

    @Column(name = "skill", nullable = false, length = 40)
    private String value;

    protected Skill() {
    }

    public Skill(SkillKind kind, String value) {
        this.kind = kind;
        this.value = value.toLowerCase(Locale.ROOT);
    }

    public SkillKind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Skill skill && skill.kind == kind && skill.value.equals(value);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + value.hashCode();
    }
}
