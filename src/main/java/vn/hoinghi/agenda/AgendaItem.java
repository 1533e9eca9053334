package vn.hoinghi.agenda;

import vn.hoinghi.delegate.DelegateName;

/**
 * One item of the programme. {@code id} stays the same through reordering and edits (the live state points at
 * it); {@code position} is its place in the day, from 1. A null {@code pointId} means it comes from the hall.
 * The presenter is a delegate of the conference ({@code presenterDelegateId}, shown by name and title) or free text.
 */
public record AgendaItem(long id, long conferenceId, int position, AgendaKind kind, String title,
                         Long presenterDelegateId, String presenter, String presenterTitle, String unitName,
                         int plannedMinutes, Long pointId, String pointName, String script, String notes,
                         int version) {

    /** The item with its presenter delegate (if one is linked) and its point named by the features that keep them. */
    AgendaItem named(DelegateName delegate, String point) {
        return new AgendaItem(id, conferenceId, position, kind, title, presenterDelegateId,
                delegate == null ? presenter : delegate.fullName(), delegate == null ? null : delegate.title(),
                unitName, plannedMinutes, pointId, point, script, notes, version);
    }

    /** The item without the MC's script and the committee's notes. */
    AgendaItem withoutBackstage() {
        return new AgendaItem(id, conferenceId, position, kind, title, presenterDelegateId, presenter, presenterTitle,
                unitName, plannedMinutes, pointId, pointName, null, null, version);
    }

    /** Comes from a remote point, not from the hall. */
    public boolean remote() {
        return pointId != null;
    }

    /** "Name – title" for a delegate, the free text otherwise. */
    public String presenterLine() {
        if (presenter == null) {
            return presenterTitle;
        }
        return presenterTitle == null ? presenter : presenter + " – " + presenterTitle;
    }
}
