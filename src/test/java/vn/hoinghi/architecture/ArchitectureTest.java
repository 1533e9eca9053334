package vn.hoinghi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hoinghi");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("vn.hoinghi.(*)..").should().beFreeOfCycles()
                .allowEmptyShould(false).check(CLASSES);
    }

    @Test
    void aFeaturesUiIsReachedOnlyFromThatFeature() {
        for (String feature : features()) {
            noClasses().that().resideOutsideOfPackage("vn.hoinghi." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("vn.hoinghi." + feature + ".ui..")
                    .check(CLASSES);
        }
    }

    @Test
    void aFeaturesRepositoryIsReachedOnlyFromThatFeature() {
        for (String feature : features()) {
            noClasses().that().resideOutsideOfPackage("vn.hoinghi." + feature + "..")
                    .should().dependOnClassesThat().resideInAPackage("vn.hoinghi." + feature + ".repository..")
                    .check(CLASSES);
        }
    }

    /** Every top-level package but the shared base is a feature, so a new one is checked without editing this test. */
    private static java.util.Set<String> features() {
        java.util.Set<String> features = new java.util.TreeSet<>();
        CLASSES.forEach(c -> {
            String rest = c.getPackageName().replaceFirst("^vn\\.hoinghi\\.?", "");
            if (!rest.isEmpty() && !rest.startsWith("base")) {
                features.add(rest.split("\\.")[0]);
            }
        });
        return features;
    }

    @Test
    void theFeaturesAreFound() {
        org.assertj.core.api.Assertions.assertThat(features()).contains("delegate", "point", "conference", "security");
    }

    @Test
    void generatedJooqTypesStayInRepositories() {
        noClasses().that().resideOutsideOfPackages("..repository..", "vn.hoinghi.database..")
                .should().dependOnClassesThat().resideInAPackage("vn.hoinghi.database.jooq..")
                .check(CLASSES);
    }

    @Test
    void noVaadinTypeBelowTheUiLayers() {
        noClasses().that().resideOutsideOfPackages("..ui..", "vn.hoinghi.base..")
                .and().doNotHaveFullyQualifiedName("vn.hoinghi.Application")
                .and().resideOutsideOfPackage("vn.hoinghi.security")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }
}
