package org.quotestance.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotestance.nlp.FirstNames;
import org.quotestance.nlp.Gender;
import org.quotestance.nlp.NlpBackendException;

/**
 * First-name gender lists that ship in the CoreNLP models jar: the short lists of {@code models/gender}
 * (about 300 names each) and, for names they do not hold, the 14,600 names of
 * {@code models/dcoref/namegender.combine.txt} (Hillary, Lorna, Samuel). A name in both of the short lists is
 * {@link Gender#UNKNOWN}. Immutable.
 */
public final class CoreNlpFirstNames implements FirstNames {

    private static final String DIR = "edu/stanford/nlp/models/gender/";
    private static final String COREF_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static volatile CoreNlpFirstNames shared;

    private final Map<String, Gender> names;

    private CoreNlpFirstNames(Map<String, Gender> names) {
        this.names = Map.copyOf(names);
    }

    public static CoreNlpFirstNames shared() {
        CoreNlpFirstNames s = shared;
        if (s == null) {
            synchronized (CoreNlpFirstNames.class) {
                if (shared == null) {
                    Map<String, Gender> m = new HashMap<>();
                    read(DIR + "male_first_names.txt", Gender.MALE, m);
                    read(DIR + "female_first_names.txt", Gender.FEMALE, m);
                    readTable(COREF_NAMES, m);
                    shared = new CoreNlpFirstNames(m);
                }
                s = shared;
            }
        }
        return s;
    }

    private static void read(String resource, Gender gender, Map<String, Gender> into) {
        for (String line : lines(resource)) {
            String name = line.trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                into.merge(name, gender, (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
    }

    /**
     * Lines "name TAB MALE|FEMALE"; a name the short lists hold keeps their gender, a name listed with both
     * genders ("jan", "pat") is {@link Gender#UNKNOWN}; other lines are skipped.
     */
    private static void readTable(String resource, Map<String, Gender> into) {
        Map<String, Gender> table = new HashMap<>();
        for (String line : lines(resource)) {
            String[] f = line.split("\\t");
            if (f.length != 2 || f[0].isBlank()) {
                continue;
            }
            Gender g = f[1].equals("MALE") ? Gender.MALE : f[1].equals("FEMALE") ? Gender.FEMALE : null;
            if (g != null) {
                table.merge(f[0].trim().toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : Gender.UNKNOWN);
            }
        }
        table.forEach(into::putIfAbsent);
    }

    /** The lines of a resource of the CoreNLP models jar; a missing or unreadable one fails naming it. */
    private static List<String> lines(String resource) {
        try (InputStream in = CoreNlpFirstNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NlpBackendException("missing " + resource + " (is stanford-corenlp:models on the classpath?)", null);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new NlpBackendException("could not read " + resource + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Gender genderOf(String firstName) {
        return names.getOrDefault(firstName.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}
