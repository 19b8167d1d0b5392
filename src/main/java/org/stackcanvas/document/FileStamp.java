package org.stackcanvas.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a file held when it was read: a hash of its bytes. Saving compares it with the file on disk
 * to refuse overwriting changes made elsewhere (a git checkout, another editor).
 */
public record FileStamp(Path file, byte[] sha256) {

    public FileStamp {
        Objects.requireNonNull(file, "file");
        sha256 = sha256 == null ? null : sha256.clone();
    }

    /** The stamp of a file that did not exist: saving must then not find one. */
    public static FileStamp absent(Path file) {
        return new FileStamp(file, null);
    }

    public static FileStamp of(Path file, byte[] content) {
        return new FileStamp(file, hash(content));
    }

    public static FileStamp read(Path file) throws IOException {
        return Files.exists(file) ? of(file, Files.readAllBytes(file)) : absent(file);
    }

    public boolean matches(FileStamp other) {
        return Arrays.equals(sha256, other.sha256);
    }

    @Override
    public byte[] sha256() {
        return sha256 == null ? null : sha256.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileStamp f && f.file.equals(file) && Arrays.equals(f.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Arrays.hashCode(sha256);
    }

    static byte[] hash(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
