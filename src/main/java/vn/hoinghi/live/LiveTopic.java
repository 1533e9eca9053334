package vn.hoinghi.live;

/**
 * What changed in a conference, so a screen wakes only for what it shows. A change publishes every topic whose
 * screens show what it changed: a point's new name, for instance, shows on the status wall (POINTS), where an agenda
 * item comes from (AGENDA) and where the MC says a leader attends from (ATTENDANCE).
 */
public enum LiveTopic {
    /**
     * Check-ins and their annulments, and the delegate list (who is expected, their groups, points, answers and
     * substitutes): attendance counts, introduction list, gate history, a point's desk.
     */
    ATTENDANCE,
    /** Remote points: added, edited or deleted, connection status, extra headcounts. */
    POINTS,
    /**
     * The agenda: its items, their order and planned times, the live state; and what the agenda's screens show of
     * others (the conference's title, a presenter's or a point's name, the ceremony's batch on stage).
     */
    AGENDA,
    /** Screen links: one was revoked, so the displays check that theirs still holds. */
    SCREENS,
    /** Awards: quotas, nominations and their appraisal, decisions, the ceremony's plan. */
    AWARDS,
    /** The rehearsal: its time, each point's checklist, the reset of the day after it. */
    REHEARSAL,
    /** Requests for the floor: asked, withdrawn, granted, declined, ended. */
    FLOOR,
    /** Alerts about points: raised, cleared, acknowledged; who is on duty. */
    ALERTS,
    /**
     * A delegate's link stopped or started opening: the code was reissued, the delegate withdrawn or restored. The
     * delegates' own pages check that theirs still holds.
     */
    LINKS
}
