package vn.hoinghi.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import vn.hoinghi.base.FileSizes;
import vn.hoinghi.base.Times;
import vn.hoinghi.base.ui.Downloads;
import vn.hoinghi.submission.ContributionVersion;
import vn.hoinghi.submission.FileType;
import vn.hoinghi.submission.SubmissionService;

/** Every version a unit sent, newest first: number, file, size, when and by whom, late or not, and its download. */
class VersionList extends Div {

    VersionList(SubmissionService submissions, List<ContributionVersion> versions) {
        addClassName("hn-contrib-versions");
        if (versions.isEmpty()) {
            Span none = new Span(getTranslation("contrib.review.noVersions"));
            none.addClassName("hn-help");
            add(none);
        }
        for (ContributionVersion v : versions) {
            add(row(submissions, v));
        }
    }

    private Div row(SubmissionService submissions, ContributionVersion v) {
        var file = v.file();
        Anchor download = new Anchor(Downloads.file("v" + v.number() + " - " + file.fileName(), file.type().mediaType,
                () -> submissions.file(v.contributionId(), v.number()).content()), "");
        Button button = new Button(getTranslation("contrib.version.download", v.number()), VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        download.add(button);
        download.addClassName("hn-contrib-download");
        download.getElement().setAttribute("data-version", Integer.toString(v.number()));
        Span name = new Span("v" + v.number() + " · " + file.fileName());
        name.addClassName("hn-contrib-version-name");
        String size = FileSizes.format(file.size(), getLocale());
        String kind = file.type() == FileType.PDF && file.pageCount() != null
                ? getTranslation("contrib.version.pages", file.pageCount()) : file.type().name();
        Span facts = new Span(kind + " · " + size + " · " + getTranslation("contrib.version.by",
                Times.DATE_TIME.format(Times.local(v.submittedAt())), v.submittedBy()));
        facts.addClassName("hn-substitute");
        Div text = new Div(name, facts);
        text.addClassName("hn-name-cell");
        if (v.note() != null) {
            Span note = new Span("“" + v.note() + "”");
            note.addClassName("hn-substitute");
            text.add(note);
        }
        Div row = new Div(text);
        if (v.late()) {
            row.add(Badges.late());
        }
        row.add(download);
        row.addClassName("hn-contrib-version");
        return row;
    }
}
