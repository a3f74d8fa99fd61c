package org.quotestance.eval.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.io.InvalidInputException;
import org.quotestance.stance.StanceInput;
import org.quotestance.stance.StanceLabel;
import org.quotestance.text.Span;

/**
 * Readers for labelled stance data: GWSD, NewsMTSC, IBM Claim Stance and QuoteStance's own examples. Each bad row fails
 * with the file and line; the data stay where they are and are never copied.
 */
public final class StanceDatasets {

    /** GWSD's target proposition. */
    public static final String GWSD_TARGET = "Climate change is a serious concern";
    private static final Pattern CLIMATE = Pattern.compile("(?i)\\b(climate change|global warming|climate|warming|greenhouse)\\b");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StanceDatasets() {
    }

    /**
     * One item of a data set, in file order.
     *
     * @param index its position among the file's items, from 0
     * @param id    the data set's own id of the item (NewsMTSC's target gid, GWSD's guid, IBM's claim id), or ""
     *              when it has none
     * @param dev   whether training leaves it out: GWSD's dev fifth, NewsMTSC's dev file, IBM Claim Stance's test split
     */
    public record Item(int index, String id, LabeledStance example, boolean dev) {
    }

    /**
     * GWSD (tab-separated, one sentence per row, eight worker labels). The label is the workers' majority
     * (agrees = FAVOR, disagrees = AGAINST, neutral = NEUTRAL); a tie between a side and neutral, or between
     * the two sides, is NEUTRAL. GWSD has no dev split: an item is dev when the hash of its guid is divisible
     * by 5 (a fifth of the rows, the same on every run); training uses the rest.
     */
    public static List<Item> gwsd(Path file) {
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            throw new InvalidInputException(file + ": empty; expected GWSD's header row");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int sentence = column(file, header, "sentence");
        int guid = column(file, header, "guid");
        List<Integer> workers = new ArrayList<>();
        for (int k = 0; k < header.size(); k++) {
            if (header.get(k).startsWith("worker_")) {
                workers.add(k);
            }
        }
        if (workers.isEmpty()) {
            throw new InvalidInputException(file + ":1: no worker_N columns; is this GWSD?");
        }
        List<Item> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String[] f = lines.get(n).split("\t", -1);
            if (f.length < header.size()) {
                throw new InvalidInputException(file + ":" + (n + 1) + ": " + f.length + " columns, expected " + header.size());
            }
            Map<StanceLabel, Integer> votes = new EnumMap<>(StanceLabel.class);
            for (int k : workers) {
                StanceLabel l = switch (f[k].strip().toLowerCase(Locale.ROOT)) {
                    case "agrees", "agree" -> StanceLabel.FAVOR;
                    case "disagrees", "disagree" -> StanceLabel.AGAINST;
                    case "neutral" -> StanceLabel.NEUTRAL;
                    case "" -> null;
                    default -> throw new InvalidInputException(file + ":" + (n + 1) + ": worker label \"" + f[k]
                            + "\" is not agrees, disagrees or neutral");
                };
                if (l != null) {
                    votes.merge(l, 1, Integer::sum);
                }
            }
            if (votes.isEmpty()) {
                throw new InvalidInputException(file + ":" + (n + 1) + ": no worker labels");
            }
            String text = f[sentence];
            StanceInput in = new StanceInput(text, mentions(text), GWSD_TARGET, StanceInput.Domain.GWSD);
            out.add(new Item(out.size(), f[guid], new LabeledStance(in, majority(votes)), Math.floorMod(f[guid].hashCode(), 5) == 0));
        }
        return out;
    }

    private static StanceLabel majority(Map<StanceLabel, Integer> votes) {
        int f = votes.getOrDefault(StanceLabel.FAVOR, 0);
        int a = votes.getOrDefault(StanceLabel.AGAINST, 0);
        int n = votes.getOrDefault(StanceLabel.NEUTRAL, 0);
        if (f > a && f > n) {
            return StanceLabel.FAVOR;
        }
        if (a > f && a > n) {
            return StanceLabel.AGAINST;
        }
        return StanceLabel.NEUTRAL;
    }

    private static List<Span> mentions(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = CLIMATE.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    /**
     * NewsMTSC (JSON Lines): one item per target, as the benchmark scores it: every target of every line, in line
     * order and then in the order of the line's {@code targets}; the sentiment of {@code sentence_normalized}
     * toward the target mention; polarity 6 = FAVOR, 2 = AGAINST, 4 = NEUTRAL. All items of a file share its split
     * ({@code dev} when the file is named dev*).
     */
    public static List<Item> newsmtsc(Path file) {
        boolean dev = file.getFileName().toString().startsWith("dev");
        List<Item> out = new ArrayList<>();
        forEachRow(file, (where, row) -> {
            JsonNode text = row.get("sentence_normalized");
            JsonNode targets = row.get("targets");
            if (text == null || !text.isTextual() || targets == null || !targets.isArray() || targets.isEmpty()) {
                throw new InvalidInputException(where + ": needs \"sentence_normalized\" and a non-empty \"targets\" array");
            }
            String s = text.asText();
            for (JsonNode target : targets) {
                int from = target.path("from").asInt(-1);
                int to = target.path("to").asInt(-1);
                if (from < 0 || to < from || to > s.length()) {
                    throw new InvalidInputException(where + ": target offsets " + from + "-" + to + " outside the sentence");
                }
                StanceLabel label = switch ((int) target.path("polarity").asDouble(-1)) {
                    case 6 -> StanceLabel.FAVOR;
                    case 2 -> StanceLabel.AGAINST;
                    case 4 -> StanceLabel.NEUTRAL;
                    default -> throw new InvalidInputException(where + ": polarity " + target.path("polarity")
                            + " is not 2, 4 or 6");
                };
                String mention = s.substring(from, to);
                StanceInput in = new StanceInput(s, List.of(new Span(from, to)), mention + " is viewed positively",
                        StanceInput.Domain.NEWSMTSC);
                out.add(new Item(out.size(), target.path("Input.gid").asText(""), new LabeledStance(in, label), dev));
            }
        });
        return out;
    }

    /**
     * IBM Debater Claim Stance ({@code claim_stance_dataset_v1.csv}): one item per claim, its stance toward the
     * topic's motion (PRO = FAVOR, CON = AGAINST; the data set has no neutral claims). The target is the motion as
     * a proposition ("This house believes that the sale of violent video games to minors should be banned" gives
     * "The sale of violent video games to minors should be banned"), the claim's own target marked as its mention,
     * the statement read as news ({@link StanceInput.Domain#NEWS}). The split is by topic; an item is
     * {@link Item#dev()} when it is in the test split, whose topics no training split has. Each line of the file
     * is one quoted CSV record followed by semicolons; a claim with line breaks spans several lines (at most
     * {@value #IBM_RECORD_LINES}), which are joined; a record whose field count is still not the header's is
     * passed to {@code skipped} as "file:line".
     */
    public static List<Item> ibmClaimStance(Path file, java.util.function.Consumer<String> skipped) {
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            throw new InvalidInputException(file + ": empty; expected IBM Claim Stance's header row");
        }
        List<String> header = ibmRecord(lines.get(0));
        String what = "IBM Claim Stance's claim_stance_dataset_v1.csv";
        int split = column(file, header, "split", what);
        int topic = column(file, header, "topicText", what);
        int claim = column(file, header, "claims.claimCorrectedText", what);
        int stance = column(file, header, "claims.stance", what);
        int claimTarget = column(file, header, "claims.claimTarget.text", what);
        int id = column(file, header, "claims.claimId", what);
        List<Item> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            int first = n;
            String record = lines.get(n);
            List<String> r = ibmRecord(record);
            // A claim with line breaks spans several lines: join them until the record has the header's fields.
            while (r.size() < header.size() && n + 1 < lines.size() && n + 1 - first < IBM_RECORD_LINES) {
                record = record + "\n" + lines.get(++n);
                r = ibmRecord(record);
            }
            if (r.size() != header.size()) {
                n = first;
                skipped.accept(file + ":" + (first + 1));
                continue;
            }
            StanceLabel label = switch (r.get(stance)) {
                case "PRO" -> StanceLabel.FAVOR;
                case "CON" -> StanceLabel.AGAINST;
                default -> throw new InvalidInputException(file + ":" + (n + 1) + ": stance \"" + r.get(stance)
                        + "\" is not PRO or CON");
            };
            String text = r.get(claim);
            String target = proposition(r.get(topic));
            if (text.isBlank() || target.isBlank()) {
                throw new InvalidInputException(file + ":" + (n + 1) + ": empty claim or topic");
            }
            List<Span> mentions = new ArrayList<>();
            String ct = r.get(claimTarget);
            int at = ct.isEmpty() ? -1 : text.indexOf(ct);
            if (at >= 0) {
                mentions.add(new Span(at, at + ct.length()));
            }
            boolean test = switch (r.get(split)) {
                case "test" -> true;
                case "train" -> false;
                default -> throw new InvalidInputException(file + ":" + (n + 1) + ": split \"" + r.get(split)
                        + "\" is not train or test");
            };
            out.add(new Item(out.size(), r.get(id), new LabeledStance(new StanceInput(text, mentions, target,
                    StanceInput.Domain.NEWS), label), test));
        }
        return out;
    }

    /** The most lines one record of IBM Claim Stance's file is joined from (a claim with line breaks in it). */
    static final int IBM_RECORD_LINES = 5;

    private static final Pattern MOTION = Pattern.compile("(?i)this house (believes that |believes in |believes |would |supports )?(.*)");

    /**
     * A debate motion as a proposition: "This house believes that P" is P, "This house would X" is "We should X",
     * "This house supports X" and "This house believes in X" are "We should support X"; the first letter capitalised. As training's
     * {@code data.ibm_proposition}.
     */
    static String proposition(String motion) {
        String m = motion.strip();
        Matcher h = MOTION.matcher(m);
        if (h.matches()) {
            String lead = h.group(1) == null ? "" : h.group(1).toLowerCase(Locale.ROOT);
            m = switch (lead) {
                case "would " -> "We should ";
                case "supports ", "believes in " -> "We should support ";
                default -> "";
            } + h.group(2);
        }
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    /** One record of IBM Claim Stance's file: a quoted CSV record, trailing semicolons, holding the record's fields. */
    static List<String> ibmRecord(String line) {
        String l = line.strip();
        while (l.endsWith(";")) {
            l = l.substring(0, l.length() - 1);
        }
        if (l.length() >= 2 && l.startsWith("\"") && l.endsWith("\"")) {
            List<String> outer = csvRecord(l);
            l = outer.isEmpty() ? "" : outer.get(0);
        }
        return csvRecord(l);
    }

    /**
     * The fields of one CSV record: commas, fields in double quotes with "" for a quote (RFC 4180), leniently: a
     * quote inside an unquoted field opens a quoted stretch, which keeps IBM Claim Stance's claims that hold
     * {@code ";"} whole.
     */
    static List<String> csvRecord(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    field.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    /**
     * QuoteStance's own written examples (JSON Lines: text, target, label, optional mention), all training
     * data for the NEWS domain. Two of every three items carry, as their topic's example statements, up to two
     * other FAVOR and two other AGAINST items of the same target, as a topic file would give a few (or none).
     */
    public static List<Item> own(Path file) {
        List<Item> plain = ownPlain(file);
        List<Item> out = new ArrayList<>();
        for (Item i : plain) {
            List<String> favor = new ArrayList<>();
            List<String> against = new ArrayList<>();
            for (Item o : plain) {
                if (o != i && o.example().input().target().equals(i.example().input().target())) {
                    if (o.example().label() == StanceLabel.FAVOR) {
                        favor.add(o.example().input().text());
                    } else if (o.example().label() == StanceLabel.AGAINST) {
                        against.add(o.example().input().text());
                    }
                }
            }
            // As a topic file gives them: a couple each, and for some topics none.
            boolean none = i.index() % 3 == 0;
            StanceInput in = i.example().input().withExamples(none ? List.of() : favor.subList(0, Math.min(2, favor.size())),
                    none ? List.of() : against.subList(0, Math.min(2, against.size())));
            out.add(new Item(i.index(), i.id(), new LabeledStance(in, i.example().label()), i.dev()));
        }
        return out;
    }

    private static List<Item> ownPlain(Path file) {
        List<Item> out = new ArrayList<>();
        forEachRow(file, (where, row) -> {
            String text = row.path("text").asText("");
            String target = row.path("target").asText("");
            if (text.isBlank() || target.isBlank()) {
                throw new InvalidInputException(where + ": needs \"text\" and \"target\"");
            }
            StanceLabel label;
            try {
                label = StanceLabel.valueOf(row.path("label").asText("").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(where + ": \"label\" must be FAVOR, AGAINST or NEUTRAL");
            }
            List<Span> mentions = new ArrayList<>();
            String mention = row.path("mention").asText("");
            if (!mention.isEmpty() && text.contains(mention)) {
                int at = text.indexOf(mention);
                mentions.add(new Span(at, at + mention.length()));
            }
            out.add(new Item(out.size(), "", new LabeledStance(new StanceInput(text, mentions, target, StanceInput.Domain.NEWS), label), false));
        });
        return out;
    }

    /** Each non-blank line of a JSON Lines file, parsed, with "file:line" for messages; a bad line fails there. */
    private static void forEachRow(Path file, java.util.function.BiConsumer<String, JsonNode> row) {
        List<String> lines = lines(file);
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String where = file + ":" + (n + 1);
            try {
                row.accept(where, MAPPER.readTree(lines.get(n)));
            } catch (IOException e) {
                throw new InvalidInputException(where + ": not valid JSON: " + e.getMessage());
            }
        }
    }

    private static int column(Path file, List<String> header, String name) {
        return column(file, header, name, "GWSD");
    }

    private static int column(Path file, List<String> header, String name, String dataSet) {
        int k = header.indexOf(name);
        if (k < 0) {
            throw new InvalidInputException(file + ":1: no \"" + name + "\" column; is this " + dataSet + "?");
        }
        return k;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e);
        }
    }
}
