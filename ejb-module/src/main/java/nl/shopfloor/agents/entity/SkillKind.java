package nl.shopfloor.agents.entity;

/** What an agent is good at: brands they know, question types they handle, languages they speak. */
public enum SkillKind {
    BRAND, TOPIC, LANGUAGE
}
