package jp.todoku;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.stereotype.Controller;

/** The rules of docs/architecture.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses TODOKU = new ClassFileImporter()
            // Not Predefined.DO_NOT_INCLUDE_TESTS: it only knows target/test-classes, and the build dir is configurable.
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("jp.todoku");

    private static final String[] ENGINES = {"jp.todoku.diagnosis..", "jp.todoku.guide..", "jp.todoku.dnscheck..",
        "jp.todoku.headers.."};
    private static final String[] EVERYTHING_BUT_ENGINES = {"jp.todoku", "jp.todoku.tickets..",
        "jp.todoku.selfservice..", "jp.todoku.staff..", "jp.todoku.api..", "jp.todoku.cli..", "jp.todoku.system.."};

    @Test
    void enginesArePlainJava() {
        noClasses().that().resideInAnyPackage(ENGINES)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.servlet..", "org.hibernate..")
                .because("engines run without Spring, JPA or a web server (the CLI, benchmarks, other hosts)")
                .check(TODOKU);
    }

    @Test
    void enginesKnowNothingOfFeatures() {
        noClasses().that().resideInAnyPackage(ENGINES)
                .should().dependOnClassesThat().resideInAnyPackage(EVERYTHING_BUT_ENGINES)
                .check(TODOKU);
    }

    @Test
    void theJarsEntryPointUsesOnlyTheJdk() {
        classes().that().resideInAPackage("jp.todoku.cli.launch")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jp.todoku.cli.launch")
                .because("it runs from the jar's root, where nothing but the JDK and itself is on the class path")
                .check(TODOKU);
    }

    @Test
    void onlyTheDnsjavaAdapterImportsDnsjava() {
        noClasses().that().resideOutsideOfPackage("jp.todoku.dnscheck.dnsjava..")
                .should().dependOnClassesThat().resideInAPackage("org.xbill.DNS..")
                .check(TODOKU);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"diagnosis", "guide", "dnscheck", "headers"})
    void othersUseAnEngineOnlyThroughItsRootPackage(String engine) {
        String root = "jp.todoku." + engine;
        noClasses().that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage(root + ".*..")
                .because("an engine's subpackages are its inside; " + root + " is its front door")
                .allowEmptyShould(true)
                .check(TODOKU);
    }

    @Test
    void theInsidePatternMatchesSubpackagesButNotTheRoot() {
        PackageMatcher inside = PackageMatcher.of("jp.todoku.diagnosis.*..");

        assertThat(inside.matches("jp.todoku.diagnosis")).isFalse();
        assertThat(inside.matches("jp.todoku.diagnosis.mta")).isTrue();
        assertThat(inside.matches("jp.todoku.diagnosis.message.charset")).isTrue();
        assertThat(inside.matches("jp.todoku.diagnosisx")).isFalse();
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("jp.todoku.(*)..").should().beFreeOfCycles().check(TODOKU);
    }

    @Test
    void entitiesStayInsideTheirFeature() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic()
                .because("a feature maps its entities to records before they leave it")
                .allowEmptyShould(true)
                .check(TODOKU);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areMetaAnnotatedWith(Controller.class).should().notBePublic().check(TODOKU);
    }

    @Test
    void everyPackageSaysWhatItIsFor() {
        // javac writes no package-info.class for a comment alone, so look at the sources (tests run in the project).
        assertThat(TODOKU.stream().map(JavaClass::getPackageName).distinct()
                .filter(name -> !Files.exists(Path.of("src/main/java", name.replace('.', '/'), "package-info.java"))))
                .as("packages without package-info.java").isEmpty();
    }
}
