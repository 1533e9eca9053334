package vn.hoinghi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hoinghi.base.ui.ComponentTexts;
import vn.hoinghi.base.ui.Confirmations;
import vn.hoinghi.base.ui.FileUploads;
import vn.hoinghi.base.ui.Pickers;

/**
 * Vaadin's components with texts of their own (English whatever the page's language) are made in one place each,
 * where they are worded in the page's language — so the next page that needs a date picker gets Vietnamese month
 * names without knowing it had to ask.
 */
class ComponentTextsTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hoinghi");
    private static final List<Class<?>> WITH_OWN_TEXTS = List.of(DatePicker.class, DateTimePicker.class,
            Upload.class, ConfirmDialog.class, LoginForm.class, LoginOverlay.class, DrawerToggle.class,
            MultiSelectComboBox.class, PasswordField.class, SideNav.class);
    private static final String[] THE_ONE_PLACES = {Pickers.class.getName(), Confirmations.class.getName(),
            ComponentTexts.class.getName(), FileUploads.class.getName()};

    @Test
    void componentsWithTextsOfTheirOwnAreMadeWhereTheyAreWorded() {
        noClasses().that().doNotHaveFullyQualifiedName(THE_ONE_PLACES[0])
                .and().doNotHaveFullyQualifiedName(THE_ONE_PLACES[1])
                .and().doNotHaveFullyQualifiedName(THE_ONE_PLACES[2])
                .and().doNotHaveFullyQualifiedName(THE_ONE_PLACES[3])
                .should().callConstructorWhere(DescribedPredicate.describe(
                        "a constructor of " + WITH_OWN_TEXTS.stream().map(Class::getSimpleName).toList(),
                        (JavaCall<?> call) -> WITH_OWN_TEXTS.stream().anyMatch(c -> call.getTargetOwner().isAssignableTo(c))))
                .because("their own texts are English; Pickers, Confirmations, ComponentTexts and FileUploads word them")
                .check(CLASSES);
    }

    @Test
    void gridsGetCheckBoxesOnlyWithTheirNamesTranslated() {
        noClasses().that().doNotHaveFullyQualifiedName(ComponentTexts.class.getName())
                .should().callMethodWhere(DescribedPredicate.describe("Grid.setSelectionMode",
                        (JavaCall<?> call) -> call.getTargetOwner().isAssignableTo(Grid.class)
                                && call.getName().equals("setSelectionMode")))
                .because("the check boxes' names (\"Select All\", \"Select Row\") are English: use ComponentTexts.multiSelect")
                .check(CLASSES);
    }

    @Test
    void aClassThatSortsAGridRewordsItsSorters() {
        for (var c : CLASSES) {
            boolean sorts = c.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                    .isAssignableTo(Grid.Column.class) && List.of("setSortable", "setComparator").contains(call.getName()));
            boolean rewords = c.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                    .isEquivalentTo(ComponentTexts.class) && call.getName().equals("sortLabels"));
            org.assertj.core.api.Assertions.assertThat(!sorts || rewords)
                    .as(c.getName() + " sorts a grid: its sorters say \"Sort by\" in English until ComponentTexts.sortLabels")
                    .isTrue();
        }
    }
}
