package dev.reload.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTextTests {

    @Test
    void takesTheNulCharacterOutOfTextReadFromFiles() {
        assertThat(FileText.clean("Morning\u0000 run\u0000")).isEqualTo("Morning run");
        assertThat(FileText.clean("Morning run")).isEqualTo("Morning run");
        assertThat(FileText.clean(null)).isNull();
    }

    @Test
    void aFailureNeverCarriesTheNulCharacter() {
        ImportFailure failure = new ImportFailure("activities/a\u0000.fit", "cannot read \u0000");
        assertThat(failure.file()).isEqualTo("activities/a.fit");
        assertThat(failure.reason()).isEqualTo("cannot read ");
    }
}
