package org.dealgraph.model;

/** What a mention names. */
public enum MentionType {
    /** A company, fund, bank, university, government body, regulator or media outlet. */
    ORGANIZATION,
    /** A named person. */
    PERSON,
    /** An amount of money; the mention carries its {@link Money}. */
    MONEY,
    /** A date or period; the mention carries the resolved date when one can be had. */
    DATE,
    /** A job title: "chief executive", "CEO", "co-founder". */
    TITLE,
    /** A description that stands for an organization named elsewhere: "the ChatGPT maker", "the startup". */
    DESCRIPTOR
}
