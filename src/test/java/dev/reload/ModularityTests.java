package dev.reload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features as modules (Spring Modulith): each top-level package under {@code dev.reload} is a
 * module that may use only the modules its {@code package-info} allows, only through their base
 * package or a named interface, and with no cycles. The module diagrams in {@code docs/modules/}
 * are written from the same model on every build, so they always show the code as it is.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ReloadApplication.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void everyModuleUsesOnlyWhatItAllows() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.writeString(puml, inStableOrder(Files.readString(puml)));
            }
        }
        Path svg = DOCS.resolve("modules.svg");
        try (OutputStream out = Files.newOutputStream(svg)) {
            String source = Files.readString(DOCS.resolve("components.puml"))
                    .replace("@startuml", "@startuml\n!pragma layout smetana"); // pure Java, no Graphviz
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
        assertThat(Files.readString(svg)).contains("<svg", "Adviser", "Vocabulary");
    }

    /** The Documenter lists components and relations in hash order: sort each run of them. */
    static String inStableOrder(String puml) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : puml.split("\n", -1)) {
            String kind = line.strip().startsWith("Rel(")
                    ? "Rel"
                    : line.strip().startsWith("Component(") ? "Component" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out);
    }
}
