package io.newsradar.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Puts a rebuilt index in place of the live one ({@code reindex}). The rebuild is written under
 * {@code <data>/reindex/index}; the swap is two renames on one file system: the live {@code <data>/index} to
 * {@code <data>/reindex/index.old}, then the new one to {@code <data>/index}; then {@code <data>/reindex} is
 * deleted. A crash between the renames leaves no {@code <data>/index}; {@link #recover(Path)} (called when a
 * workspace opens and before a rebuild) moves the old one back. A crash before the first rename leaves the live
 * index untouched; the half-built one is deleted by the next recovery.
 */
final class IndexSwap {
    private IndexSwap() {
    }

    /** @return the folder a rebuild uses as its data directory ({@code <data>/reindex}) */
    static Path buildDir(Path dataDir) {
        return dataDir.resolve("reindex");
    }

    /**
     * Undoes an interrupted rebuild or swap: restores {@code index.old} when {@code <data>/index} is missing,
     * then deletes {@code <data>/reindex}.
     *
     * @throws IOException when the folders cannot be moved or deleted
     */
    static void recover(Path dataDir) throws IOException {
        Path build = buildDir(dataDir);
        if (!Files.exists(build)) return;
        Path live = dataDir.resolve("index");
        Path old = build.resolve("index.old");
        if (!Files.exists(live) && Files.isDirectory(old)) Files.move(old, live, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(build);
    }

    /**
     * Replaces the live index with the finished rebuild. The rebuild's store must be closed (committed).
     *
     * @throws IOException when a rename fails; the live index is then still (or again, after {@link #recover}) the
     *                     old one
     */
    static void swap(Path dataDir) throws IOException {
        Path build = buildDir(dataDir);
        Path live = dataDir.resolve("index");
        Path fresh = build.resolve("index");
        if (Files.exists(live)) Files.move(live, build.resolve("index.old"), StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(build);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
