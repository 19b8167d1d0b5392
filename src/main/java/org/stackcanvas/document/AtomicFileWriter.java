package org.stackcanvas.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file so that it is either the old or the new content, never half: a temporary file in
 * the same folder, flushed to disk, given the old file's permissions, then renamed over it.
 * A symbolic link stays a link: its target file is replaced.
 */
public final class AtomicFileWriter {

    /**
     * Writes {@code content} to {@code file}. When {@code expected} is given, refuses to overwrite a
     * file whose bytes differ from it, and returns the stamp of what was written.
     */
    public FileStamp write(Path file, byte[] content, FileStamp expected) throws DocumentException {
        Path target = resolveLink(file);
        String name = file.toString();
        try {
            if (expected != null && !expected.matches(FileStamp.read(target))) {
                throw new DocumentException(SourceLocation.file(name).withoutPosition(),
                        "the file changed on disk since it was opened; reload it, or save under another name");
            }
            Path folder = target.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".stackcanvas-tmp");
            try {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                copyPermissions(target, temp);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return FileStamp.of(file, content);
        } catch (IOException e) {
            throw new DocumentException(SourceLocation.file(name).withoutPosition(),
                    "cannot save: " + e.getMessage() + "; the file on disk was not changed");
        }
    }

    private static Path resolveLink(Path file) {
        try {
            return Files.isSymbolicLink(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            return file; // a dangling link: write where it is, as an editor would
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(from) ? Files.getPosixFilePermissions(from)
                : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                        PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        view.setPermissions(permissions);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
