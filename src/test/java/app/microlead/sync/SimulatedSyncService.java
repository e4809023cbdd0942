package app.microlead.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A file-sync service between the computers' copies of the shared folder, as unkind as real ones:
 * files arrive late, in any order, half-written first (completed at a later step), sometimes twice
 * (a "conflicted copy" beside the file), and deletions travel late too.
 */
final class SimulatedSyncService {

    private final List<Path> folders;
    private final Random random;
    /** Files half-written into a folder: completed at a later step. */
    private final Map<Path, byte[]> partial = new LinkedHashMap<>(); // in a fixed order: a seed replays a run
    /** Every file each folder has held, so a deletion can travel. */
    private final List<Set<Path>> seen = new ArrayList<>();
    int conflictCopies;
    int partials;

    SimulatedSyncService(Random random, Path... folders) {
        this.random = random;
        this.folders = List.of(folders);
        this.folders.forEach(f -> seen.add(new HashSet<>()));
    }

    /** One step: each missing file travels with probability {@code p}, in a random order and manner. */
    void step(double p) {
        try {
            for (Map.Entry<Path, byte[]> e : new ArrayList<>(partial.entrySet())) {
                if (random.nextDouble() < p) {
                    Files.write(e.getKey(), e.getValue());
                    partial.remove(e.getKey());
                }
            }
            List<Runnable> moves = new ArrayList<>();
            for (int s = 0; s < folders.size(); s++) {
                Set<Path> now = files(folders.get(s));
                Path from = folders.get(s);
                now.removeIf(rel -> partial.containsKey(from.resolve(rel)));
                seen.get(s).addAll(now);
                for (int d = 0; d < folders.size(); d++) {
                    if (d == s) {
                        continue;
                    }
                    Path src = folders.get(s);
                    Path dst = folders.get(d);
                    for (Path rel : now) {
                        Path target = dst.resolve(rel);
                        if (!Files.exists(target) && !seen.get(d).contains(rel) && random.nextDouble() < p) {
                            moves.add(() -> copy(src.resolve(rel), target));
                        }
                    }
                    for (Path rel : seen.get(s)) {
                        if (!now.contains(rel) && Files.exists(dst.resolve(rel)) && random.nextDouble() < p) {
                            moves.add(() -> delete(dst.resolve(rel)));
                        }
                    }
                }
            }
            Collections.shuffle(moves, random);
            moves.forEach(Runnable::run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delivers everything, completely, until every folder holds the same files. */
    void settle() {
        for (int i = 0; i < 6; i++) {
            step(1.0);
        }
        partial.forEach((path, bytes) -> {
            try {
                Files.write(path, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        partial.clear();
    }

    private void copy(Path from, Path to) {
        try {
            if (!Files.exists(from) || Files.exists(to)) {
                return;
            }
            byte[] bytes = Files.readAllBytes(from);
            Files.createDirectories(to.getParent());
            double r = random.nextDouble();
            if (r < 0.15 && bytes.length > 10 && !to.getFileName().toString().endsWith(".json")) {
                Files.write(to, Arrays.copyOf(bytes, bytes.length / 2)); // arrives half-written
                partial.put(to, bytes);
                partials++;
            } else {
                Files.write(to, bytes);
                if (r > 0.9 && !to.getFileName().toString().endsWith(".json")) {
                    String name = to.getFileName().toString();
                    int dot = name.indexOf('.');
                    Files.write(to.resolveSibling(name.substring(0, dot) + " (conflicted copy 2026-12-03)"
                            + name.substring(dot)), bytes);
                    conflictCopies++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a folder, relative to it, without temporary ones. */
    private static Set<Path> files(Path root) throws IOException {
        Set<Path> out = new HashSet<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .forEach(f -> out.add(root.relativize(f)));
        }
        return out;
    }
}
