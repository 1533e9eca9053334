package vn.hoinghi.agenda;

import java.util.List;

/**
 * What an agenda file would do, before anything is written. {@code agendaVersion} is the agenda as it was
 * when previewed: if it changes before the commit, the commit is refused. {@code existingItems} is how many
 * items "replace" would delete.
 */
public record AgendaImportPreview(long conferenceId, String fileName, int agendaVersion, int existingItems,
                                  List<AgendaImportRow> rows) {

    public long errors() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    public List<AgendaImportRow> good() {
        return rows.stream().filter(AgendaImportRow::ok).toList();
    }

    public int minutes() {
        return good().stream().mapToInt(r -> r.draft().plannedMinutes()).sum();
    }
}
