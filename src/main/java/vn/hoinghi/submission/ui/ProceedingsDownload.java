package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.submission.ProceedingsEntry;
import vn.hoinghi.submission.ProceedingsService;

/**
 * The committee's "Tải kỷ yếu tham luận (PDF)" with what the proceedings will hold, and a warning naming the accepted
 * contributions that cannot go in (Word files, or none sent), so the committee can ask those units for a PDF first.
 * The PDF is made when the link is clicked; call {@link #refresh()} after reviews change what is accepted.
 */
@StyleSheet("themes/hoinghi/proceedings.css")
class ProceedingsDownload extends Div {

    final Anchor download;
    final Button button = new Button(VaadinIcon.BOOK.create());
    final Paragraph summary = new Paragraph();
    final Div warning = new Div();

    private final ProceedingsService service;
    private final long conferenceId;

    ProceedingsDownload(ProceedingsService service, long conferenceId) {
        this.service = service;
        this.conferenceId = conferenceId;
        addClassName("hn-proceedings");
        button.setText(getTranslation("proceedings.download"));
        download = new Anchor(Downloads.pdf("ky-yeu-tham-luan.pdf", () -> service.pdf(conferenceId)), "");
        download.add(button);
        download.addClassName("hn-proceedings-download");
        summary.addClassName("hn-help");
        warning.addClassName("hn-proceedings-warning");
        add(download, summary, warning);
        refresh();
    }

    /** Reads again which contributions are accepted and which of them cannot be printed. */
    void refresh() {
        List<ProceedingsEntry> accepted = service.contents(conferenceId);
        List<ProceedingsEntry> left = accepted.stream().filter(e -> !e.included()).toList();
        download.setEnabled(!accepted.isEmpty());
        button.setEnabled(!accepted.isEmpty());
        summary.setText(accepted.isEmpty() ? getTranslation("proceedings.none")
                : getTranslation("proceedings.summary", accepted.size() - left.size(), accepted.size()));
        warning.removeAll();
        warning.setVisible(!left.isEmpty());
        if (!left.isEmpty()) {
            UnorderedList items = new UnorderedList();
            left.forEach(e -> items.add(new ListItem(getTranslation("proceedings.notIncluded.item", e.unitName(),
                    e.topic(), e.fileName() == null ? getTranslation("proceedings.notIncluded.noFile") : e.fileName()))));
            warning.add(new Paragraph(getTranslation("proceedings.notIncluded", left.size())), items);
        }
    }
}
