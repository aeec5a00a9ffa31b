package nl.shopfloor.invites.entity;

/** What a rule's A/B test is judged on, and what its adaptive split draws on (invites I11). */
public enum Optimise {
    /** visitors who ordered ÷ visitors */
    CONVERSION,
    /** the revenue of the visitors' orders ÷ visitors */
    REVENUE_PER_VISITOR
}
