package io.bilheteria.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The classes a module compiles from its {@code src/main}, as ArchUnit sees them. */
public final class ProductionClasses {
    private ProductionClasses() {
    }

    /**
     * Every class in the same class-path entry as {@code anyProductionClass}: the module's
     * {@code target/classes} directory or its jar, so neither its tests nor other modules.
     */
    public static JavaClasses ofModuleOf(Class<?> anyProductionClass) {
        URL location = anyProductionClass.getProtectionDomain().getCodeSource().getLocation();
        Path path;
        try {
            path = Path.of(location.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file location: " + location, e);
        }
        if (path.getFileName().toString().equals("test-classes")) {
            throw new IllegalArgumentException(anyProductionClass.getName() + " is a test class; name a class from src/main");
        }
        JavaClasses classes = new ClassFileImporter().importPath(path);
        if (classes.isEmpty()) {
            throw new IllegalStateException("no classes found at " + path);
        }
        return classes;
    }
}
