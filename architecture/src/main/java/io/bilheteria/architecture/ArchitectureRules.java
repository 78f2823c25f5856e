package io.bilheteria.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The modules' layering (README, Modules; DESIGN.md), as ArchUnit rules written once. Each module's
 * {@code ArchitectureTest} imports its own production classes ({@link ProductionClasses})
 * and checks the rules that apply to it; the rules' own tests in this module prove each
 * one reports a fixture class that breaks it.
 */
public final class ArchitectureRules {
    /** The backend module's packages. */
    public static final String BACKEND = "io.bilheteria.backend";
    /** The one backend package, besides repositories, that talks to the database. */
    public static final String BACKEND_STORAGE = BACKEND + ".storage";
    /** A class whose simple name ends so, in a backend feature package, owns SQL. */
    public static final String REPOSITORY_SUFFIX = "Repository";
    /** A class whose simple name ends so holds a screen's state and decisions; its view lays out and binds. */
    public static final String VIEW_MODEL_SUFFIX = "ViewModel";

    private ArchitectureRules() {
    }

    /** Rule for backend, backend-api and devices: neither a UI toolkit nor the apps' HTTP client. */
    public static ArchRule noJavaFxNorOkHttp() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..")
                .as("no class should use JavaFX (javafx..) or OkHttp (okhttp3..)")
                .because("the backend never needs OkHttp or JavaFX, backend-api is records without an HTTP "
                        + "library, and devices never needs JavaFX");
    }

    /**
     * Rule for the backend: Jdbi and JDBC only in {@code io.bilheteria.backend.storage} and in
     * repositories ({@link #repositories()}): services hold the rules and no SQL.
     */
    public static ArchRule sqlOnlyInStorageAndRepositories() {
        return noClasses()
                .that().resideOutsideOfPackage(BACKEND_STORAGE + "..")
                .and(not(repositories()))
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
                .as("only " + BACKEND_STORAGE + " and *" + REPOSITORY_SUFFIX
                        + " classes of backend feature packages should use Jdbi (org.jdbi..) or JDBC (java.sql..)")
                .because("repositories own the SQL; services hold the rules and no SQL");
    }

    /**
     * Rule for the apps and common-ui: the backend's classes are used only by the launchers
     * that start the bundled backend in-process (none in common-ui).
     */
    public static ArchRule backendUsedOnlyBy(Class<?>... launchers) {
        List<String> names = Arrays.stream(launchers).map(Class::getName).toList();
        return noClasses()
                .that(not(launchers(names)))
                .should().dependOnClassesThat().resideInAPackage(BACKEND + "..")
                .as(names.isEmpty()
                        ? "no class should use the backend (" + BACKEND + "..)"
                        : "only the launchers " + names + " should use the backend (" + BACKEND + "..)")
                .because("apps talk to the backend over HTTP; only the launcher starts the bundled server "
                        + "in-process");
    }

    /**
     * Rule for the apps and common-ui: a view model ({@code *}{@value #VIEW_MODEL_SUFFIX}, and the
     * classes nested in one) uses nothing from the scene graph ({@code javafx.scene..}; its state is
     * {@code javafx.beans} properties and {@code javafx.collections}) and no backend class. Modules
     * without a view model pass.
     */
    public static ArchRule viewModelsUseNoSceneNorBackend() {
        return noClasses()
                .that(viewModels())
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", BACKEND + "..")
                .allowEmptyShould(true)
                .as("*" + VIEW_MODEL_SUFFIX + " classes should use neither the scene graph (javafx.scene..) "
                        + "nor the backend (" + BACKEND + "..)")
                .because("a view model is tested without a stage or a server, with the inline task executor; "
                        + "the view does the layout and binds to its properties");
    }

    /**
     * Rule for every module: no dependency cycle between the feature packages under
     * {@code modulePackage}. Each first-level package, with its sub-packages, is one slice, so a
     * JavaFX control and its {@code skin} sub-package may use each other; the classes of
     * {@code modulePackage} itself are in no slice: that is where wiring above the features lives.
     * A module of one package (backend-client) has no slices, and so no cycles.
     */
    public static ArchRule noCyclesBetweenFeatures(String modulePackage) {
        return SlicesRuleDefinition.slices().matching(modulePackage + ".(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .because("dependencies between features point one way: a class several features use belongs "
                        + "in a package of its own, and wiring in the module's top package");
    }

    /**
     * Classes whose simple name ends with {@value #REPOSITORY_SUFFIX}, in a backend feature
     * package, and the classes nested in one.
     */
    static DescribedPredicate<JavaClass> repositories() {
        return DescribedPredicate.describe("repositories", c -> c.getPackageName().startsWith(BACKEND + ".")
                && itOrAnEnclosingClass(c, k -> k.getSimpleName().endsWith(REPOSITORY_SUFFIX)));
    }

    /** Classes whose simple name ends with {@value #VIEW_MODEL_SUFFIX}, and the classes nested in one. */
    static DescribedPredicate<JavaClass> viewModels() {
        return DescribedPredicate.describe("view models",
                c -> itOrAnEnclosingClass(c, k -> k.getSimpleName().endsWith(VIEW_MODEL_SUFFIX)));
    }

    /** The named classes and the classes nested in them (anonymous classes included). */
    private static DescribedPredicate<JavaClass> launchers(List<String> names) {
        return DescribedPredicate.describe("launchers " + names,
                c -> itOrAnEnclosingClass(c, k -> names.contains(k.getName())));
    }

    /** A nested class (a lambda's, an anonymous one) belongs to the class it is written in, for every rule. */
    private static boolean itOrAnEnclosingClass(JavaClass c, Predicate<JavaClass> test) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (test.test(k)) {
                return true;
            }
        }
        return false;
    }
}
