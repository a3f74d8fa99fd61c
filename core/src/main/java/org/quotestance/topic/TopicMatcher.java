package org.quotestance.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotestance.text.CleanText;
import org.quotestance.text.Paragraph;
import org.quotestance.text.Span;

/**
 * Finds where a document mentions each topic, and which topics each paragraph is about.
 *
 * <ul>
 * <li>Aliases match case-insensitively on word boundaries, with spaces, hyphens and dashes
 *     interchangeable or absent between their words: "Nord Stream 2" matches "Nord Stream-2", "NordStream 2".</li>
 * <li>References ("the pipeline") count only where the topic was named by alias or pattern in the same
 *     paragraph or the {@value #REFERENCE_REACH} paragraphs before; when several topics share the phrase,
 *     it goes to the one named last.</li>
 * <li>A heading that mentions a topic ("——Talks on the northern route") makes the body paragraphs under it,
 *     up to the next heading, about that topic; the headings before the first body paragraph (title,
 *     byline) open no section.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class TopicMatcher {

    /** How many paragraphs back a reference may reach for its topic; set by hand; not measured separately. */
    public static final int REFERENCE_REACH = 2;

    private record Compiled(Topic topic, List<Pattern> names, List<Pattern> references) {
    }

    private final List<Compiled> topics;

    /**
     * @throws IllegalArgumentException when a pattern is not a valid regular expression (TopicReader reports
     *                                  that with the file and line first)
     */
    public TopicMatcher(List<Topic> topics) {
        List<Compiled> out = new ArrayList<>();
        for (Topic t : topics) {
            List<Pattern> names = new ArrayList<>();
            t.aliases().forEach(a -> names.add(aliasPattern(a)));
            t.patterns().forEach(p -> names.add(Pattern.compile(p)));
            List<Pattern> refs = new ArrayList<>();
            t.references().forEach(r -> refs.add(aliasPattern(r)));
            out.add(new Compiled(t, names, refs));
        }
        this.topics = List.copyOf(out);
    }

    /** The regular expression an alias becomes: its words, with any run of spaces, hyphens or dashes between them. */
    static Pattern aliasPattern(String alias) {
        String[] words = alias.strip().split("[\\s\\-‐‑‒–—_]+");
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append("[\\s\\-‐‑‒–—_]*");
            }
            sb.append(Pattern.quote(words[i]));
        }
        sb.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * What a document says about the topics.
     *
     * @param mentions      every mention, in text order
     * @param sectionTopics for each paragraph, the topics of the heading above it (for a heading, its own)
     */
    public record Matches(List<TopicMention> mentions, List<Set<String>> sectionTopics) {

        public Matches {
            mentions = List.copyOf(mentions);
            sectionTopics = List.copyOf(sectionTopics);
        }

        /** The topics mentioned inside {@code span}. */
        public Set<String> topicsIn(Span span) {
            Set<String> out = new TreeSet<>();
            for (TopicMention m : mentions) {
                if (span.contains(m.span())) {
                    out.add(m.topic());
                }
            }
            return out;
        }
    }

    /** Finds the topic mentions of a cleaned document. */
    public Matches match(CleanText text) {
        String working = text.working();
        List<TopicMention> named = new ArrayList<>();
        for (Compiled c : topics) {
            for (int k = 0; k < c.names().size(); k++) {
                TopicMention.How how = k < c.topic().aliases().size() ? TopicMention.How.ALIAS : TopicMention.How.PATTERN;
                Matcher m = c.names().get(k).matcher(working);
                while (m.find()) {
                    if (m.end() > m.start()) {
                        named.add(new TopicMention(c.topic().id(), text.widen(new Span(m.start(), m.end())), how));
                    }
                }
            }
        }
        List<TopicMention> all = new ArrayList<>(named);
        all.addAll(references(text, named));
        all.sort(Comparator.comparing(TopicMention::span).thenComparing(TopicMention::topic));
        return new Matches(dedupe(all), sectionTopics(text, all));
    }

    private List<TopicMention> references(CleanText text, List<TopicMention> named) {
        List<TopicMention> out = new ArrayList<>();
        String working = text.working();
        for (Compiled c : topics) {
            for (int k = 0; k < c.references().size(); k++) {
                Set<String> sharing = topicsReferredToAs(c.topic().references().get(k));
                Matcher m = c.references().get(k).matcher(working);
                while (m.find()) {
                    int para = text.paragraphAt(m.start());
                    if (para < 0 || m.end() == m.start()) {
                        continue;
                    }
                    int from = text.paragraphs().get(Math.max(0, para - REFERENCE_REACH)).span().start();
                    TopicMention last = null;
                    for (TopicMention t : named) {
                        if (sharing.contains(t.topic()) && t.span().start() >= from && t.span().end() <= m.start()
                                && (last == null || t.span().start() > last.span().start())) {
                            last = t;
                        }
                    }
                    if (last != null && last.topic().equals(c.topic().id())) {
                        out.add(new TopicMention(c.topic().id(), text.widen(new Span(m.start(), m.end())),
                                TopicMention.How.REFERENCE));
                    }
                }
            }
        }
        return out;
    }

    /** The topics that list {@code phrase} among their references. */
    private Set<String> topicsReferredToAs(String phrase) {
        Set<String> out = new TreeSet<>();
        for (Compiled c : topics) {
            for (String r : c.topic().references()) {
                if (r.equalsIgnoreCase(phrase)) {
                    out.add(c.topic().id());
                }
            }
        }
        return out;
    }

    /** Each paragraph's section topics: those of the heading above it; a heading's own for a heading. */
    private static List<Set<String>> sectionTopics(CleanText text, List<TopicMention> mentions) {
        List<Set<String>> out = new ArrayList<>();
        Set<String> section = Set.of();
        boolean body = false; // headings before the first body paragraph are the title block: no section
        for (Paragraph p : text.paragraphs()) {
            Set<String> own = new TreeSet<>();
            for (TopicMention m : mentions) {
                if (p.span().contains(m.span())) {
                    own.add(m.topic());
                }
            }
            if (p.heading()) {
                section = !body || p.duplicate() ? section : Set.copyOf(own);
                out.add(own);
            } else {
                body = true;
                out.add(section);
            }
        }
        return out;
    }

    private static List<TopicMention> dedupe(List<TopicMention> sorted) {
        List<TopicMention> out = new ArrayList<>();
        for (TopicMention m : sorted) {
            boolean inside = false;
            for (TopicMention o : out) {
                if (o.topic().equals(m.topic()) && o.span().overlaps(m.span())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    /** The topics, in the order given. */
    public List<Topic> topics() {
        return topics.stream().map(Compiled::topic).toList();
    }
}
