package dev.reload.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.reload.support.CitusLayout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Citus script in {@code docs/operations-citus.md} is the one {@link CitusLayout} writes: a line
 * for every table, in the layout's order, so that a table added to the schema (which {@link
 * CitusReadySchemaContract} makes add to the layout) also reaches the operator's script.
 */
class OperationsCitusDocTests {

    static final Path DOC = Path.of("docs", "operations-citus.md");

    /** The line before the script's code block in the document. */
    static final String MARK = "<!-- The script: written from CitusLayout, checked by OperationsCitusDocTests. -->";

    @Test
    void theScriptHasALineForEveryTableInTheLayoutsOrder() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc).as("%s has the mark before its script", DOC).contains(MARK);
        String after = doc.substring(doc.indexOf(MARK) + MARK.length());
        assertThat(after).as("a ```sql block follows the mark").startsWith("\n```sql\n");
        String script = after.substring("\n```sql\n".length(), after.indexOf("```\n", "\n```sql\n".length()));

        assertThat(script)
                .as("the script in %s; paste CitusLayout.statements() there:%n%s", DOC, CitusLayout.statements())
                .isEqualTo(CitusLayout.statements());
        CitusLayout.TABLES.forEach(table -> assertThat(script).contains(table.name()));
    }
}
