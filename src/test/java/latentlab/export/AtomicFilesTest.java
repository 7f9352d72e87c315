package latentlab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path tmp;

    @Test
    void aFileIsReplacedWholeAndNoTemporaryIsLeft() throws Exception {
        Path f = tmp.resolve("sub").resolve("report.csv");
        AtomicFiles.writeString(f, "a long first version\n");
        AtomicFiles.writeString(f, "short\n");
        assertEquals("short\n", Files.readString(f));
        assertEquals(List.of("report.csv"), Files.list(f.getParent()).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void exportsCanBeReadByWhoeverCouldReadAPlainNewFile() throws Exception {
        Path plainFile = Files.createFile(tmp.resolve("plain.txt"));
        Path plainFolder = Files.createDirectory(tmp.resolve("plain"));
        Path file = tmp.resolve("report.csv");
        AtomicFiles.writeString(file, "x\n");
        Path folder = tmp.resolve("export");
        AtomicFiles.publish(AtomicFiles.temporaryFolderFor(folder), folder);
        assertEquals(Files.getPosixFilePermissions(plainFile), Files.getPosixFilePermissions(file));
        assertEquals(Files.getPosixFilePermissions(plainFolder), Files.getPosixFilePermissions(folder));
    }

    @Test
    void aFolderTargetMustBeNewOrEmpty() throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        assertEquals(file + " is a file; give a new or empty folder",
                assertThrows(IOException.class, () -> AtomicFiles.requireNewOrEmptyFolder(file)).getMessage());
        AtomicFiles.requireNewOrEmptyFolder(tmp.resolve("absent"));
        AtomicFiles.requireNewOrEmptyFolder(Files.createDirectories(tmp.resolve("empty")));
    }

    @Test
    void aFilledTemporaryFolderIsPublishedOnlyOverNothing() throws Exception {
        Path target = tmp.resolve("out");
        Path temp = AtomicFiles.temporaryFolderFor(target);
        Files.writeString(temp.resolve("a.txt"), "a");
        Files.createDirectories(target);
        Files.writeString(target.resolve("mine.txt"), "keep");
        assertThrows(IOException.class, () -> AtomicFiles.publish(temp, target));
        assertEquals("keep", Files.readString(target.resolve("mine.txt")));
        Files.delete(target.resolve("mine.txt"));
        AtomicFiles.publish(temp, target);
        assertEquals("a", Files.readString(target.resolve("a.txt")));
        assertEquals(List.of("out"), Files.list(tmp).map(p -> p.getFileName().toString()).toList());
    }
}
