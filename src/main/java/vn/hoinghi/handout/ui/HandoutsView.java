package vn.hoinghi.handout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import vn.hoinghi.base.ConferencePath;
import vn.hoinghi.base.FileSizes;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.ui.ComponentTexts;
import vn.hoinghi.base.ui.ConferencePage;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.base.ui.TranslatedTitle;
import vn.hoinghi.conference.Conference;
import vn.hoinghi.conference.ConferenceService;
import vn.hoinghi.delegate.CompositionGroup;
import vn.hoinghi.delegate.GroupService;
import vn.hoinghi.handout.Handout;
import vn.hoinghi.handout.HandoutAudience;
import vn.hoinghi.handout.HandoutKind;
import vn.hoinghi.handout.HandoutService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.submission.FileType;

/**
 * "Tài liệu hội nghị": the committee uploads files or adds the documents the app makes, orders them, says whom each is
 * for and publishes it to the delegates' own pages; each row says how many delegates downloaded it.
 */
@Route(ConferencePath.ROUTE + "/documents")
@Menu(title = "nav.handouts", order = 155, icon = "vaadin:folder-open-o")
@RolesAllowed({AppRoles.ADMIN, AppRoles.STAFF})
@StyleSheet("themes/hoinghi/contributions.css") // the refusal under an upload, as on the contributions' pages
class HandoutsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final HandoutService handouts;
    private final ConferenceService conferences;
    private final GroupService groupService;
    private final Grid<Handout> grid = new Grid<>();
    private final TextField title = new TextField();
    private final Paragraph uploadError = new Paragraph();
    private Conference conference;
    private List<CompositionGroup> groups = List.of();

    HandoutsView(HandoutService handouts, ConferenceService conferences, GroupService groups) {
        this.handouts = handouts;
        this.conferences = conferences;
        this.groupService = groups;
        addClassName("hn-handouts");
        setSizeFull();
        title.setLabel(getTranslation("handout.title"));
        title.setPlaceholder(getTranslation("handout.title.placeholder"));
        title.setWidth("24rem");
        title.setMaxLength(HandoutService.MAX_TITLE);
        title.setValueChangeMode(ValueChangeMode.EAGER); // a file dropped on the upload does not leave the field first
        uploadError.addClassName("hn-upload-error");
        uploadError.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Handout::position).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::describe).setHeader(getTranslation("handout.column.document")).setFlexGrow(3);
        grid.addComponentColumn(this::audience).setHeader(getTranslation("handout.column.audience")).setFlexGrow(1);
        grid.addComponentColumn(this::state).setHeader(getTranslation("handout.column.state"))
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(h -> getTranslation("handout.downloaders", h.downloaders()))
                .setHeader(getTranslation("handout.column.downloads")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(h -> new HandoutActions(handouts, h, () -> this.groups, this::refresh))
                .setHeader(getTranslation("handout.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setWidthFull();
        grid.setEmptyStateText(getTranslation("handout.none"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        conference = ConferencePage.enter(event, conferences::open).orElse(null);
        if (conference == null) {
            return;
        }
        removeAll();
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("nav.handouts")));
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("handout.help"));
        help.addClassName("hn-help");
        HorizontalLayout made = new HorizontalLayout(new Span(getTranslation("handout.made.add")),
                madeButton(HandoutKind.PROGRAMME), madeButton(HandoutKind.PROCEEDINGS), madeButton(HandoutKind.CONCLUSION));
        made.setAlignItems(FlexComponent.Alignment.BASELINE);
        made.setWrap(true);
        HorizontalLayout add = new HorizontalLayout(title, upload());
        add.setAlignItems(FlexComponent.Alignment.END);
        add.setWidthFull();
        add(top, help, add, uploadError, made, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Upload upload() {
        int limit = handouts.maxMegabytes();
        Upload upload = FileUploads.bounded(limit * 1024L * 1024L, (fileName, bytes) -> {
            try {
                handouts.upload(conference.id(), title.getValue(), fileName, bytes);
                uploadError.setVisible(false);
                title.clear();
                Notifications.success(getTranslation("handout.uploaded", fileName));
                refresh();
            } catch (ValidationException e) {
                refuse(e.getMessage());
            }
        }, this::refuse);
        upload.setAcceptedFileTypes(FileType.PDF.mediaType, FileType.PDF.extension, FileType.DOCX.mediaType,
                FileType.DOCX.extension);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, 4L * limit * 1024 * 1024));
        upload.setI18n(ComponentTexts.upload()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("handout.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("contrib.upload.tooBig", limit))
                        .setIncorrectFileType(getTranslation("contrib.upload.wrongType"))
                        .setTooManyFiles(getTranslation("upload.tooMany"))));
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            refuse(e.getErrorMessage());
        });
        return upload;
    }

    private Button madeButton(HandoutKind kind) {
        return new Button(getTranslation("handout.kind." + kind.name()), e -> {
            try {
                handouts.addMade(conference.id(), kind, getTranslation("handout.kind." + kind.name() + ".title"));
                refresh();
            } catch (ValidationException ex) {
                Notifications.error(ex.getMessage());
            }
        });
    }

    private void refuse(String message) {
        uploadError.setText(message);
        uploadError.setVisible(true);
    }

    private void refresh() {
        groups = groupService.list(conference.id());
        grid.setItems(handouts.list(conference.id()));
    }

    private Component describe(Handout h) {
        Span name = new Span(h.title());
        name.addClassName("hn-handout-title");
        name.getStyle().set("font-weight", "600").set("white-space", "normal");
        String what = h.kind().made() ? getTranslation("handout.kind." + h.kind().name() + ".made")
                : h.fileName() + " · " + FileSizes.format(h.sizeBytes(), getLocale());
        Span detail = new Span(what);
        detail.addClassName("hn-handout-file");
        detail.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "normal").set("overflow-wrap", "anywhere");
        VerticalLayout cell = new VerticalLayout(name, detail);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private Component audience(Handout h) {
        Span audience = new Span(h.audience() != HandoutAudience.GROUPS
                ? getTranslation("handout.audience." + h.audience().name())
                : groups.stream().filter(g -> h.groupIds().contains(g.id())).map(CompositionGroup::name)
                        .collect(Collectors.joining(", ")));
        audience.getStyle().set("white-space", "normal");
        return audience;
    }

    private Component state(Handout h) {
        Span state = new Span(getTranslation(h.published() ? "handout.published" : "handout.draft"));
        state.getElement().getThemeList().add(h.published() ? "badge success" : "badge contrast");
        return state;
    }
}
