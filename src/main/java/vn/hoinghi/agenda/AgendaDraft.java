package vn.hoinghi.agenda;

/**
 * What a person types or a file gives for an item. A presenter delegate wins over the free-text presenter;
 * a null point is the hall.
 */
public record AgendaDraft(AgendaKind kind, String title, Long presenterDelegateId, String presenter, String unitName,
                          Integer plannedMinutes, Long pointId, String script, String notes) {
}
