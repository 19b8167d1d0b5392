package org.stackcanvas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheContentAndReturnsItsStamp() throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.write(file, bytes("old\n"));
        FileStamp stamp = writer.write(file, bytes("new\n"), FileStamp.read(file));
        assertThat(Files.readString(file)).isEqualTo("new\n");
        assertThat(stamp.matches(FileStamp.read(file))).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void keepsThePermissions() throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.write(file, bytes("old\n"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        writer.write(file, bytes("new\n"), null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileGetsOrdinaryPermissions() throws Exception {
        Path file = dir.resolve("new.yaml");
        writer.write(file, bytes("x: 1\n"), FileStamp.absent(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheContent() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("compose.yaml");
        Files.write(real, bytes("old\n"));
        Path link = Files.createSymbolicLink(dir.resolve("compose.yaml"), real);
        writer.write(link, bytes("new\n"), FileStamp.read(link));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(Files.readString(real)).isEqualTo("new\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesWhenTheFileChangedOnDiskSinceItWasRead() throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.write(file, bytes("as opened\n"));
        FileStamp opened = FileStamp.read(file);
        Files.write(file, bytes("changed by git checkout\n"));
        assertThatThrownBy(() -> writer.write(file, bytes("mine\n"), opened))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("changed on disk since it was opened");
        assertThat(Files.readString(file)).isEqualTo("changed by git checkout\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesWhenAFileAppearedWhereThereWasNone() throws Exception {
        Path file = dir.resolve("compose.yaml");
        FileStamp none = FileStamp.absent(file);
        Files.write(file, bytes("someone else's\n"));
        assertThatThrownBy(() -> writer.write(file, bytes("mine\n"), none)).isInstanceOf(DocumentException.class);
        assertThat(Files.readString(file)).isEqualTo("someone else's\n");
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndSaysWhy() throws Exception {
        Path occupied = Files.createDirectory(dir.resolve("compose.yaml"));
        Files.write(occupied.resolve("inside"), bytes("x"));
        assertThatThrownBy(() -> writer.write(occupied, bytes("mine\n"), null))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("cannot save")
                .hasMessageContaining("the file on disk was not changed");
        assertThat(leftovers()).isEmpty();
    }

    private Stream<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".stackcanvas-tmp")).toList().stream();
        }
    }
}
