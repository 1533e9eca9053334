package vn.hoinghi.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.security.Account;
import vn.hoinghi.security.AccountDraft;
import vn.hoinghi.security.AccountService;
import vn.hoinghi.security.AppRoles;
import vn.hoinghi.security.ConferenceDirectory.ConferenceChoice;
import vn.hoinghi.security.UnitDirectory;
import vn.hoinghi.security.UnitDirectory.UnitChoice;
import vn.hoinghi.base.ui.ComponentTexts;

class AccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final ComboBox<String> role = new ComboBox<>();
    final PasswordField password = ComponentTexts.passwordField();
    final Checkbox enabled = new Checkbox();
    final ComboBox<UnitChoice> unit = new ComboBox<>();
    final MultiSelectComboBox<ConferenceChoice> conferences = ComponentTexts.multiSelectComboBox();
    private final Map<String, HasValidation> fields = Map.of(
            "username", username, "displayName", displayName, "role", role, "password", password, "unit", unit,
            "conferences", conferences);

    AccountDialog(AccountService service, UnitDirectory directory, List<ConferenceChoice> allConferences,
                  Set<Long> served, Account account, Runnable onSaved) {
        setHeaderTitle(getTranslation(account == null ? "accounts.add" : "accounts.edit"));
        username.setLabel(getTranslation("accounts.username"));
        displayName.setLabel(getTranslation("accounts.displayName"));
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(AppRoles.ALL);
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        password.setLabel(getTranslation(account == null ? "accounts.password" : "accounts.newPassword"));
        enabled.setLabel(getTranslation("accounts.active"));
        enabled.setValue(true);
        unit.setLabel(getTranslation("accounts.unit"));
        unit.setHelperText(getTranslation("accounts.unitHelp"));
        List<UnitChoice> units = directory.unitsFor(served);
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitChoice::name);
        unit.setVisible(false);
        conferences.setLabel(getTranslation("accounts.conferences"));
        conferences.setHelperText(getTranslation("accounts.conferencesHelp"));
        conferences.setItems(allConferences);
        conferences.setItemLabelGenerator(ConferenceChoice::title);
        conferences.setVisible(false);
        conferences.setValue(allConferences.stream().filter(c -> served.contains(c.id())).collect(Collectors.toSet()));
        // A unit's account serves conferences of its unit's province: the choice follows the conferences chosen.
        conferences.addValueChangeListener(e -> {
            UnitChoice chosen = unit.getValue();
            List<UnitChoice> offered = directory.unitsFor(e.getValue().stream().map(ConferenceChoice::id).toList());
            unit.setItems(offered);
            offered.stream().filter(u -> chosen != null && u.id() == chosen.id()).findFirst().ifPresent(unit::setValue);
        });
        role.addValueChangeListener(e -> {
            unit.setVisible(AppRoles.UNIT.equals(e.getValue()));
            conferences.setVisible(e.getValue() != null && !AppRoles.ADMIN.equals(e.getValue())
                    && !AppRoles.STAFF.equals(e.getValue()));
        });
        if (account != null) {
            username.setValue(account.username());
            username.setReadOnly(true);
            displayName.setValue(account.displayName());
            role.setValue(account.role());
            enabled.setValue(account.enabled());
            units.stream().filter(u -> account.unitId() != null && u.id() == account.unitId()).findFirst()
                    .ifPresent(unit::setValue);
        }
        FormLayout form = new FormLayout(username, displayName, role, unit, conferences, password, enabled);
        form.setColspan(unit, 2);
        form.setColspan(conferences, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            AccountDraft draft = new AccountDraft(username.getValue(), displayName.getValue(), role.getValue(),
                    unit.getValue() == null ? null : unit.getValue().id(),
                    enabled.getValue(), password.getValue(),
                    conferences.getValue().stream().map(ConferenceChoice::id).collect(Collectors.toSet()));
            FieldErrors.saveAndClose(this, fields, () -> {
                if (account == null) {
                    service.create(draft);
                } else {
                    service.update(account.id(), account.version(), draft);
                }
            }, onSaved);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
