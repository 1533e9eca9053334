package vn.hoinghi.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.hoinghi.database.OwnsTables;

/** The package rules of DESIGN.md, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.hoinghi");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        // The generated jOOQ code names the features' enums as column types (pom.xml): no dependency of a slice.
        slices().matching("vn.hoinghi.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("vn.hoinghi.database.jooq.."), alwaysTrue())
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

    /**
     * Each table has one owning feature (the {@link OwnsTables} of its repository packages), and only that feature's
     * repositories read or write it: another feature asks the owner's API.
     */
    @Test
    void aRepositoryTouchesOnlyItsOwnFeaturesTables() {
        Map<String, String> owners = TableOwners.byTable(CLASSES);
        Map<String, String> tablesOfGenerated = TableOwners.tablesOfGeneratedClasses();
        assertThat(owners.keySet()).as("tables without an owning feature (add them to an @OwnsTables)")
                .containsAll(tablesOfGenerated.values());
        List<String> trespasses = new ArrayList<>();
        CLASSES.stream().filter(c -> c.getPackageName().contains(".repository")).forEach(repository -> {
            String feature = TableOwners.featureOf(repository.getPackageName());
            Set<String> touched = new TreeSet<>();
            repository.getDirectDependenciesFromSelf().stream()
                    .map(d -> tablesOfGenerated.get(d.getTargetClass().getName())).filter(t -> t != null)
                    .forEach(touched::add);
            repository.getFieldAccessesFromSelf().stream()
                    .filter(a -> a.getTargetOwner().getName().equals(TableOwners.TABLES))
                    .forEach(a -> touched.add(a.getName().toLowerCase(java.util.Locale.ROOT)));
            touched.stream().filter(t -> !feature.equals(owners.get(t))).forEach(t -> trespasses.add(
                    repository.getSimpleName() + " (" + feature + ") touches " + t + " (" + owners.get(t) + ")"));
        });
        assertThat(trespasses).as("repositories touching another feature's tables").isEmpty();
    }

    /** However a check-in comes (gate, search, point desk, device alone or grouped, health declaration), one class writes it. */
    @Test
    void oneClassWritesACheckIn() {
        assertThat(callersOf("vn.hoinghi.checkin.repository.CheckinRepository", "insert"))
                .containsExactly("vn.hoinghi.checkin.CheckinWriter");
        assertThat(callersOf("vn.hoinghi.delegate.DelegatePresence", "markPresent"))
                .containsExactly("vn.hoinghi.checkin.CheckinWriter");
    }

    /** The classes calling a method of this class whose name starts so. */
    private static Set<String> callersOf(String owner, String methodPrefix) {
        Set<String> callers = new TreeSet<>();
        CLASSES.forEach(c -> c.getMethodCallsFromSelf().stream()
                .filter(call -> call.getTargetOwner().getName().equals(owner) && call.getName().startsWith(methodPrefix))
                .forEach(call -> callers.add(call.getOriginOwner().getName())));
        return callers;
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
