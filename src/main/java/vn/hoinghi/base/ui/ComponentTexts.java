package vn.hoinghi.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.Map;
import vn.hoinghi.base.Texts;

/**
 * Vaadin's components carry their own English texts (buttons, screen-reader labels, announcements) whatever the
 * page's language. Every component of the app that has such texts is made, or worded, here, in the page's language
 * (dates: {@link Pickers}; questions: {@link Confirmations}). ArchitectureTest keeps pages from making them elsewhere.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /**
     * A grid whose rows are chosen with check boxes. Their screen-reader names ("Select All", "Select Row") are
     * fixed English in the web component with no Java API: its renderers are wrapped in the browser to rename them.
     */
    public static void multiSelect(Grid<?> grid) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addAttachListener(e -> nameSelectionBoxes(grid));
        if (grid.isAttached()) {
            nameSelectionBoxes(grid);
        }
    }

    private static void nameSelectionBoxes(Grid<?> grid) {
        grid.getElement().executeJs("""
                const column = this.querySelector(':scope > vaadin-grid-flow-selection-column');
                if (!column) return;
                const named = (render, name) => function (root, ...rest) {
                  render.call(this, root, ...rest);
                  if (root.firstElementChild) root.firstElementChild.accessibleName = name;
                };
                column.headerRenderer = named(column._defaultHeaderRenderer, $0);
                column.renderer = named(column._defaultRenderer, $1);
                """, Texts.t("components.grid.selectAll"), Texts.t("components.grid.selectRow"));
    }

    /**
     * Vaadin's grid connector names a sortable header "Sort by …" in English whatever the page's language (no Java
     * API); the page rewords it, also when the grid draws its header again.
     */
    public static void sortLabels(Grid<?> grid) {
        grid.addAttachListener(e -> nameSorters(grid));
        if (grid.isAttached()) {
            nameSorters(grid);
        }
    }

    private static void nameSorters(Grid<?> grid) {
        grid.getElement().executeJs("""
                const label = $0;
                const reword = () => this.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]').forEach(s => {
                  const name = label.replace('{0}', s.getAttribute('aria-label').substring(8));
                  if (name !== s.getAttribute('aria-label')) s.setAttribute('aria-label', name);
                });
                reword();
                if (!this.hnSortLabels) {
                  this.hnSortLabels = new MutationObserver(reword);
                  this.hnSortLabels.observe(this, {subtree: true, childList: true, attributeFilter: ['aria-label']});
                }
                """, Texts.t("components.grid.sortBy"));
    }

    public static <T> MultiSelectComboBox<T> multiSelectComboBox() {
        MultiSelectComboBox<T> box = new MultiSelectComboBox<>();
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(Texts.t("components.multiSelect.cleared"))
                .setFocused(Texts.t("components.multiSelect.focused"))
                .setSelected(Texts.t("components.multiSelect.selected"))
                .setDeselected(Texts.t("components.multiSelect.deselected"))
                .setTotal(Texts.t("components.multiSelect.total")));
        return box;
    }

    /** The reveal button's label has no Java API; the web component's {@code i18n} property carries it. */
    public static PasswordField passwordField() {
        PasswordField field = new PasswordField();
        field.getElement().setPropertyMap("i18n", Map.of("reveal", Texts.t("components.password.reveal")));
        return field;
    }

    /** Every text of an upload in the page's language; a caller then words what to add and its refusals. */
    public static UploadI18N upload() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(Texts.t("upload.add")).setMany(Texts.t("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(Texts.t("upload.drop")).setMany(Texts.t("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(Texts.t("upload.tooMany"))
                        .setFileIsTooBig(Texts.t("components.upload.tooBig"))
                        .setIncorrectFileType(Texts.t("components.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(Texts.t("components.upload.connecting"))
                                .setStalled(Texts.t("components.upload.stalled"))
                                .setProcessing(Texts.t("components.upload.processing"))
                                .setHeld(Texts.t("components.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(Texts.t("components.upload.remaining") + " ")
                                .setUnknown(Texts.t("components.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(Texts.t("components.upload.serverUnavailable"))
                                .setUnexpectedServerError(Texts.t("components.upload.serverError"))
                                .setForbidden(Texts.t("components.upload.forbidden"))
                                .setFileTooLarge(Texts.t("components.upload.tooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(Texts.t("components.upload.retry"))
                        .setStart(Texts.t("components.upload.start"))
                        .setRemove(Texts.t("components.upload.remove")))
                .setUnits(Arrays.asList(Texts.t("components.upload.units").split(",")));
    }

    /**
     * The sign-in form; {@link #loginRefused} words a refused sign-in. Its password field is drawn by the browser,
     * out of Java's reach: its reveal button is named there, once the form has drawn it.
     */
    public static LoginForm loginForm() {
        LoginForm form = new LoginForm();
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(login(Texts.t("login.error.message")));
        form.getElement().executeJs("""
                this.updateComplete.then(() => {
                  const password = this.querySelector('vaadin-password-field');
                  if (password) password.i18n = {...password.i18n, reveal: $0};
                });
                """, Texts.t("components.password.reveal"));
        return form;
    }

    public static void loginRefused(LoginForm form, String message) {
        form.setI18n(login(message));
        form.setError(true);
    }

    private static LoginI18n login(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(Texts.t("login.title"));
        i18n.getForm().setUsername(Texts.t("login.username"));
        i18n.getForm().setPassword(Texts.t("login.password"));
        i18n.getForm().setSubmit(Texts.t("login.submit"));
        i18n.getForm().setForgotPassword(Texts.t("components.login.forgotPassword"));
        i18n.getErrorMessage().setTitle(Texts.t("login.error.title"));
        i18n.getErrorMessage().setMessage(errorMessage);
        i18n.getErrorMessage().setUsername(Texts.t("components.login.usernameRequired"));
        i18n.getErrorMessage().setPassword(Texts.t("components.login.passwordRequired"));
        return i18n;
    }

    /** The drawer's screen-reader name, and the button that opens and closes it. */
    public static DrawerToggle drawer(AppLayout layout) {
        layout.setI18n(new AppLayout.AppLayoutI18n().setDrawer(Texts.t("components.drawer")));
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(Texts.t("components.drawer.toggle"));
        return toggle;
    }

    public static SideNav sideNav(String label) {
        SideNav nav = label == null ? new SideNav() : new SideNav(label);
        nav.setI18n(new SideNav.SideNavI18n().setToggle(Texts.t("components.sideNav.toggle")));
        return nav;
    }
}
