package org.stackcanvas.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.document.DocumentException;

class EnvFileModelTest {

    private static final String TEXT = "# database\r\nDB_HOST=db  # the service\r\nexport DB_USER = 'admin'\r\n"
            + "URL=\"postgres://${DB_USER}@${DB_HOST}\"\r\nMULTI=\"line one\nline two\"\r\n\r\nLAST=x";

    @TempDir
    Path dir;

    private EnvFileModel load() throws Exception {
        Path file = dir.resolve("app.env");
        if (!Files.exists(file)) {
            Files.writeString(file, TEXT);
        }
        return EnvFileModel.load(file, n -> Optional.empty());
    }

    @Test
    void readsValuesAsWrittenAndAsComposeReadsThem() throws Exception {
        EnvFileModel model = load();
        assertThat(model.entries()).extracting(EnvFileModel.Entry::key)
                .containsExactly("DB_HOST", "DB_USER", "URL", "MULTI", "LAST");
        EnvFileModel.Entry url = model.entries().get(2);
        assertThat(url.raw()).isEqualTo("\"postgres://${DB_USER}@${DB_HOST}\"");
        assertThat(url.resolved()).isEqualTo("postgres://admin@db");
        assertThat(model.entries().get(3).editable()).isFalse();
        assertThat(model.entries().get(3).resolved()).isEqualTo("line one\nline two");
    }

    @Test
    void anUnchangedFileSavesByteIdentical() throws Exception {
        EnvFileModel model = load();
        byte[] before = Files.readAllBytes(model.file());
        model.set("DB_HOST", "db");
        assertThat(model.isChanged()).isFalse();
        model.save();
        assertThat(Files.readAllBytes(model.file())).isEqualTo(before);
    }

    @Test
    void aChangeRewritesOnlyItsLine() throws Exception {
        EnvFileModel model = load();
        model.set("DB_HOST", "db2");
        model.set("DB_USER", "'root'");
        model.set("NEW", "1");
        model.remove("LAST");
        model.save();
        assertThat(Files.readString(model.file())).isEqualTo("# database\r\nDB_HOST=db2  # the service\r\n"
                + "export DB_USER = 'root'\r\nURL=\"postgres://${DB_USER}@${DB_HOST}\"\r\n"
                + "MULTI=\"line one\nline two\"\r\n\r\nNEW=1\n");
        assertThat(EnvFileModel.load(model.file(), n -> Optional.empty()).entries())
                .filteredOn(e -> e.key().equals("URL")).first()
                .extracting(EnvFileModel.Entry::resolved).isEqualTo("postgres://root@db2");
    }

    @Test
    void refusesToOverwriteAFileChangedOnDisk() throws Exception {
        EnvFileModel model = load();
        Files.writeString(model.file(), "OTHER=1\n");
        model.set("DB_HOST", "db2");
        assertThatThrownBy(model::save).isInstanceOf(DocumentException.class).hasMessageContaining("changed on disk");
        assertThat(Files.readString(model.file())).isEqualTo("OTHER=1\n");
    }
}
