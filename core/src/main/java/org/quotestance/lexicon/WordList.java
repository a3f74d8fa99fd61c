package org.quotestance.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads the word lists the rules use from class-path resources, one list per file, as Lucene's
 * {@code WordlistLoader} does: UTF-8, one entry per line, {@code #} starts a comment, blank lines and
 * surrounding white space ignored, entries lower-cased. Lists are loaded once, where a class declares them
 * as constants; a missing or empty list is a packaging error and fails loudly, naming the resource.
 */
public final class WordList {

    private WordList() {
    }

    /**
     * The entries of resource {@code name}, resolved against {@code anchor}'s package (a name starting with
     * {@code /} is absolute), in file order.
     *
     * @throws IllegalStateException when the resource is missing, unreadable or holds no entry
     */
    public static Set<String> load(Class<?> anchor, String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(anchor, name)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /**
     * A two-column list, {@code key<TAB>value} per line (keys lower-cased, values as written), such as
     * irregular verb forms and their stems.
     *
     * @throws IllegalStateException when the resource is missing, holds no entry, a line lacks its tab or
     *                               a key repeats
     */
    public static Map<String, String> loadMap(Class<?> anchor, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(anchor, name)) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalStateException("word list " + name + ": line \"" + line + "\" is not key<TAB>value");
            }
            String key = line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
            if (out.put(key, line.substring(tab + 1).strip()) != null) {
                throw new IllegalStateException("word list " + name + ": key \"" + key + "\" appears twice");
            }
        }
        return Map.copyOf(out);
    }

    private static List<String> lines(Class<?> anchor, String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                String path = name.startsWith("/") ? name.substring(1)
                        : anchor.getPackageName().replace('.', '/') + "/" + name;
                throw new IllegalStateException("word list " + name + " not found on the class path at " + path
                        + " (beside " + anchor.getName() + ")");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("word list " + name + " could not be read", e);
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("word list " + name + " holds no entry");
        }
        return lines;
    }
}
