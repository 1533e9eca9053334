package vn.hoinghi.live;

/** What changed in a conference, so a screen wakes only for what it shows. */
public enum LiveTopic {
    /** Check-ins and their annulments: attendance counts, introduction list, gate history. */
    ATTENDANCE,
    /** Remote points: connection status, extra headcounts. */
    POINTS,
    /** The agenda: its items, their order and planned times. */
    AGENDA,
    /** Screen links: one was revoked, so the displays check that theirs still holds. */
    SCREENS,
    /** Awards: quotas, nominations and their appraisal, decisions. */
    AWARDS
}
