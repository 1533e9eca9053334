package vn.hoinghi.unit.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.hoinghi.base.ValidationException;
import vn.hoinghi.base.VersionConflictException;
import vn.hoinghi.base.ui.DeleteButton;
import vn.hoinghi.base.ui.FieldErrors;
import vn.hoinghi.base.ui.Notifications;
import vn.hoinghi.unit.Unit;
import vn.hoinghi.unit.UnitDraft;
import vn.hoinghi.unit.UnitKind;
import vn.hoinghi.unit.UnitLevel;
import vn.hoinghi.unit.UnitService;

class UnitDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<String> province = new ComboBox<>();
    private final TextField shortName = new TextField();
    private final ComboBox<UnitLevel> level = new ComboBox<>();
    private final ComboBox<UnitKind> kind = new ComboBox<>();
    private final TextField address = new TextField();
    private final TextField contactName = new TextField();
    private final TextField contactPhone = new TextField();
    private final TextField contactEmail = new TextField();

    /** {@code shownProvince}: the province the page lists, a new unit's first choice. */
    UnitDialog(UnitService service, Unit unit, String shownProvince, Runnable onSaved) {
        setHeaderTitle(getTranslation(unit == null ? "units.add" : "units.edit"));
        level.setItems(UnitLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("level." + l));
        kind.setItems(UnitKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k));
        province.setItems(service.provinces());
        province.setHelperText(getTranslation("units.province.help"));
        province.setRequired(true);
        province.setValue(unit != null && !unit.province().isEmpty() ? unit.province() : shownProvince);
        Map<String, HasValidation> fields = Map.of("name", name, "province", province, "shortName", shortName,
                "level", level, "kind", kind, "address", address, "contactName", contactName,
                "contactPhone", contactPhone, "contactEmail", contactEmail);
        fields.forEach((key, f) -> ((com.vaadin.flow.component.HasLabel) f).setLabel(getTranslation("units." + key)));
        if (unit != null) {
            name.setValue(unit.name());
            shortName.setValue(orEmpty(unit.shortName()));
            level.setValue(unit.level());
            kind.setValue(unit.kind());
            address.setValue(orEmpty(unit.address()));
            contactName.setValue(orEmpty(unit.contactName()));
            contactPhone.setValue(orEmpty(unit.contactPhone()));
            contactEmail.setValue(orEmpty(unit.contactEmail()));
        }
        FormLayout form = new FormLayout(name, province, shortName, level, kind, address, contactName, contactPhone,
                contactEmail);
        form.setColspan(name, 2);
        form.setColspan(province, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            UnitDraft draft = new UnitDraft(name.getValue(), province.getValue(), shortName.getValue(), level.getValue(), kind.getValue(),
                    address.getValue(), contactName.getValue(), contactPhone.getValue(), contactEmail.getValue());
            try {
                if (unit == null) {
                    service.create(draft);
                } else {
                    service.update(unit.id(), unit.version(), draft);
                }
                Notifications.success(getTranslation("saved"));
                close();
                onSaved.run();
            } catch (ValidationException ex) {
                FieldErrors.show(ex.fieldErrors(), fields);
            } catch (VersionConflictException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (unit != null) {
            getFooter().add(new DeleteButton(getTranslation("units.delete.title"),
                    getTranslation("units.delete.text", unit.name()), () -> service.delete(unit.id(), unit.version()),
                    () -> {
                        close();
                        onSaved.run();
                    }));
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
