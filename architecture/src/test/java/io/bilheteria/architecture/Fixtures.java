package io.bilheteria.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.ViolationHandler;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Imports the fixture classes of this test tree, and names the classes a rule reports. */
final class Fixtures {
    private Fixtures() {
    }

    static JavaClasses classes(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    /** The fixture classes in these packages and their sub-packages (this module's test tree only). */
    static JavaClasses packages(String... packages) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(packages);
    }

    /** The classes whose dependencies break the rule, top-level names only. */
    static Set<String> violators(EvaluationResult result) {
        Set<String> names = new TreeSet<>();
        result.handleViolations(new ViolationHandler<Dependency>() {
            @Override
            public void handle(Collection<Dependency> dependencies, String message) {
                dependencies.forEach(d -> names.add(d.getOriginClass().getName().replaceFirst("\\$.*", "")));
            }
        });
        return names;
    }
}
