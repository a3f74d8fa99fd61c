package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quotestance.attribution.Mention.MentionType;
import org.quotestance.attribution.EntityRegistry.Entity;
import org.quotestance.entity.RosterEntry;
import org.quotestance.entity.SpeakerType;
import org.quotestance.nlp.AnnotatedText;
import org.quotestance.nlp.FirstNames;
import org.quotestance.nlp.Gender;
import org.quotestance.nlp.Sentence;
import org.quotestance.nlp.Token;
import org.quotestance.quote.Quote;
import org.quotestance.quote.QuoteKind;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.text.CleanText;
import org.quotestance.text.Paragraph;
import org.quotestance.text.Span;

/** The per-document state of {@link SieveAttributor}: one instance per call, not shared. */
final class DocumentRun {

    /** A speech cue in a sentence and the speaker it names. */
    private record CueHit(int token, Span span, Speech speech) {
    }

    /** A speaker as the text names it at one place: its mention and, where resolved, its entity. */
    private record Speech(Mention mention, Entity entity, double certainty) {
    }

    /** A place where an entity is mentioned, for resolving later pronouns. */
    private record Sighting(int token, int sentence, Entity entity, boolean subject) {
    }

    private static final Set<String> UTTERANCE_PREPOSITIONS = Set.of("from", "by", "of");
    private static final Set<String> PARTICLES = Set.of("out", "on");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "been", "is");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    private static final Set<String> LEAD_PUNCTUATION = Set.of(",", ":", "—", "–", "-", "--", "(", "``", "\"", "“");

    private final CleanText clean;
    private final String text;
    private final AnnotatedText nlp;
    private final List<Token> tokens;
    private final List<QuoteSpan> spans;
    private final FirstNames firstNames;
    private final EntityRegistry registry;
    private final boolean[] inQuote;
    private final List<Sighting> sightings = new ArrayList<>();
    private final Map<Integer, List<CueHit>> cuesBySentence = new HashMap<>();
    /** Quotes whose speech cue stands right beside them: “Absolutely,” he said. */
    private final Set<Integer> besideCue = new HashSet<>();

    DocumentRun(CleanText clean, AnnotatedText nlp, List<QuoteSpan> spans, List<RosterEntry> roster,
                FirstNames firstNames) {
        this.clean = clean;
        this.text = clean.working();
        this.nlp = nlp;
        this.tokens = nlp.tokens();
        this.spans = spans;
        this.firstNames = firstNames;
        this.registry = new EntityRegistry(roster);
        this.inQuote = new boolean[tokens.size()];
        for (QuoteSpan q : spans) {
            if (q.depth() > 0) {
                continue;
            }
            for (int i = nlp.firstTokenAtOrAfter(q.span().start()); i < tokens.size()
                    && tokens.get(i).start() < q.span().end(); i++) {
                inQuote[i] = true;
            }
        }
    }

    AttributedQuotes run() {
        registerPeople();
        for (Sentence s : nlp.sentences()) {
            cuesBySentence.put(s.index(), findCues(s));
        }
        int n = spans.size();
        Speech[] speech = new Speech[n];
        Cue[] cues = new Cue[n];
        AttributionRule[] rules = new AttributionRule[n];
        double[] confidence = new double[n];
        QuoteKind[] kinds = new QuoteKind[n];
        int previous = -1;
        for (int i = 0; i < n; i++) {
            QuoteSpan q = spans.get(i);
            if (q.depth() > 0) {
                kinds[i] = QuoteKind.NESTED;
                continue;
            }
            Paragraph para = clean.paragraphs().get(q.paragraph());
            if (para.heading()) {
                kinds[i] = QuoteKind.HEADLINE;
                continue;
            }
            attributeBodyQuote(i, previous, speech, cues, rules, confidence);
            kinds[i] = bodyKind(q, speech[i] != null, besideCue.contains(i));
            if (kinds[i] == QuoteKind.SCARE) {
                speech[i] = null;
            } else if (speech[i] != null) {
                previous = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (kinds[i] == QuoteKind.HEADLINE) {
                inheritFromBody(i, speech, cues, rules, confidence, kinds);
            }
        }
        return assemble(speech, cues, rules, confidence, kinds, reportedSpeech(speech, kinds));
    }

    // ---------------------------------------------------------------- people and cues

    /** Every run of PERSON tokens becomes (part of) a person entity, full names first. */
    private void registerPeople() {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).entity().equals("PERSON")) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).entity().equals("PERSON")
                    && tokens.get(j + 1).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            runs.add(new int[] {i, j});
            i = j;
        }
        List<int[]> byLength = new ArrayList<>(runs);
        byLength.sort((a, b) -> Integer.compare(b[1] - b[0], a[1] - a[0]));
        Map<Integer, Entity> entityOfRun = new HashMap<>();
        for (int[] r : byLength) {
            List<String> name = nameTokens(r[0], r[1]);
            if (name.isEmpty()) {
                continue;
            }
            entityOfRun.put(r[0], registry.person(name, String.join(" ", name), genderOf(r[0], name)));
        }
        for (int[] r : runs) {
            Entity e = entityOfRun.get(r[0]);
            if (e != null && !inQuote[r[0]]) {
                addSighting(new Sighting(r[0], tokens.get(r[0]).sentence(), e, looksLikeSubject(r[1])));
            }
        }
    }

    /** Keeps {@link #sightings} in text order. */
    private void addSighting(Sighting g) {
        int at = sightings.size();
        while (at > 0 && sightings.get(at - 1).token > g.token) {
            at--;
        }
        sightings.add(at, g);
    }

    /** A mention followed, after adverbs and auxiliaries, by a verb reads as a clause subject. */
    private boolean looksLikeSubject(int last) {
        int k = last + 1;
        while (k < tokens.size() && (tokens.get(k).tag().startsWith("RB") || tokens.get(k).tag().equals("MD")
                || tokens.get(k).word().equals(","))) {
            if (tokens.get(k).word().equals(",")) {
                return false;
            }
            k++;
        }
        return k < tokens.size() && tokens.get(k).tag().startsWith("VB");
    }

    private List<CueHit> findCues(Sentence s) {
        List<CueHit> hits = new ArrayList<>();
        int end = s.endToken();
        for (int i = s.firstToken(); i < end; i++) {
            if (inQuote[i]) {
                continue;
            }
            Token t = tokens.get(i);
            String lower = t.lower();
            // "according to X"
            if (lower.equals("according") && i + 1 < end && tokens.get(i + 1).lower().equals("to")) {
                int[] np = NounPhrases.after(tokens, inQuote, i + 2, end);
                addHit(hits, i, i + 1, np);
                continue;
            }
            // "A sentence from X", "remarks by X"
            if (CueLexicon.isUtteranceNoun(lower) && i + 1 < end
                    && UTTERANCE_PREPOSITIONS.contains(tokens.get(i + 1).lower())) {
                int[] np = NounPhrases.after(tokens, inQuote, i + 2, end);
                if (np != null && isNamedOrPronoun(np)) {
                    addHit(hits, i, i + 1, np);
                }
                continue;
            }
            String stem = CueLexicon.speechStem(t.word(), t.tag());
            if (stem == null) {
                continue;
            }
            int cueEnd = i;
            if (CueLexicon.needsParticle(stem)) {
                if (i + 1 < end && PARTICLES.contains(tokens.get(i + 1).lower())) {
                    cueEnd = i + 1;
                } else {
                    continue;
                }
            }
            int[] np = subjectOf(s, i, cueEnd, hits);
            boolean participleAfterComma = CueLexicon.isParticiple(t.lower(), t.tag()) && i > s.firstToken()
                    && tokens.get(i - 1).word().equals(","); // "…, calling him “a total stiff”": the clause's speaker
            if (np == null && !CueLexicon.isCore(stem) && !participleAfterComma) {
                continue;
            }
            addHit(hits, i, cueEnd, np);
        }
        return hits;
    }

    /** The speaker of the speech verb at {@code cue}..{@code cueEnd}: before it, or after it when inverted. */
    private int[] subjectOf(Sentence s, int cue, int cueEnd, List<CueHit> earlier) {
        Token verb = tokens.get(cue);
        // "..., saying that": the participle's speaker is the speaker of the clause it hangs on.
        if (CueLexicon.isParticiple(verb.lower(), verb.tag()) && cue > s.firstToken() && tokens.get(cue - 1).word().equals(",")) {
            return null;
        }
        // "X was quoted as saying", "Y quoted X as saying"
        if (verb.lower().equals("saying") && cue - 1 > s.firstToken() && tokens.get(cue - 1).lower().equals("as")) {
            int q = cue - 2;
            if (tokens.get(q).lower().equals("quoted")) {
                if (q - 1 >= s.firstToken() && PASSIVE_AUXILIARIES.contains(tokens.get(q - 1).lower())) {
                    return NounPhrases.before(tokens, inQuote, s.firstToken(), q - 1);
                }
                return null;
            }
            int[] np = NounPhrases.before(tokens, inQuote, s.firstToken(), cue - 1);
            if (np != null) {
                return np;
            }
        }
        int[] left = NounPhrases.before(tokens, inQuote, s.firstToken(), cue);
        if (left != null && CueLexicon.isParticiple(verb.lower(), verb.tag()) && left[0] > s.firstToken()) {
            // "his campaign sent a message to supporters saying", "Clinton responded on Facebook writing":
            // the phrase before the participle is an object; the speaker is the clause's subject.
            Token before = tokens.get(left[0] - 1);
            boolean object = before.tag().startsWith("VB") || (before.tag().equals("IN") || before.tag().equals("TO"))
                    && !before.lower().equals("with");
            if (object) {
                int[] subject = NounPhrases.clauseSubject(tokens, inQuote, s.firstToken(), left[0]);
                if (subject != null && isNamedOrPronoun(subject)) {
                    return subject;
                }
            }
        }
        if (left == null && cue > s.firstToken()) {
            // "Silverman was joined on stage and joked, ...", "Obama ended by saying ...": the speaker is
            // the subject of the clause the coordinated verb or the participle belongs to.
            Token prev = tokens.get(cue - 1);
            boolean coordinated = prev.tag().equals("CC");
            boolean afterPreposition = prev.tag().equals("IN") && CueLexicon.isParticiple(verb.lower(), verb.tag());
            if (coordinated || afterPreposition) {
                int[] subject = NounPhrases.clauseSubject(tokens, inQuote, s.firstToken(), cue - 1);
                if (subject != null) {
                    return subject;
                }
            }
        }
        int[] right = NounPhrases.after(tokens, inQuote, cueEnd + 1, s.endToken());
        boolean afterQuote = precededByQuote(s, cue) && CueLexicon.isCore(CueLexicon.speechStem(verb.word(), verb.tag()));
        if (afterQuote && right != null && (left == null || right[0] == cueEnd + 1)) {
            // "“...,” said Lavrov" — but not "“...,” Lavrov said", where left is set and the verb is last.
            if (left == null || !(tokens.get(right[0]).isProperNoun() || tokens.get(right[0]).isPronoun())) {
                return left != null ? left : right;
            }
            return right;
        }
        return left;
    }

    private boolean precededByQuote(Sentence s, int cue) {
        int j = cue - 1;
        while (j >= s.firstToken() && !inQuote[j] && (tokens.get(j).word().equals(",")
                || CueLexicon.isAuxiliary(tokens.get(j).lower(), tokens.get(j).tag()))) {
            j--;
        }
        return j < s.firstToken() || inQuote[j];
    }

    private boolean isNamedOrPronoun(int[] np) {
        for (int k = np[0]; k <= np[1]; k++) {
            if (tokens.get(k).isProperNoun() || tokens.get(k).isPronoun()) {
                return true;
            }
        }
        return false;
    }

    private void addHit(List<CueHit> hits, int cue, int cueEnd, int[] np) {
        Span span = new Span(tokens.get(cue).start(), tokens.get(cueEnd).end());
        Speech speech = np == null ? null : speechOf(np[0], np[1]);
        if (speech == null && CueLexicon.isParticiple(tokens.get(cue).lower(), tokens.get(cue).tag())
                && cue > 0 && tokens.get(cue - 1).word().equals(",")) {
            // "..., saying": the speaker of the clause the participle hangs on.
            if (!hits.isEmpty() && hits.get(hits.size() - 1).speech() != null) {
                speech = hits.get(hits.size() - 1).speech();
            } else {
                Sentence s = nlp.sentences().get(tokens.get(cue).sentence());
                int[] subject = NounPhrases.clauseSubject(tokens, inQuote, s.firstToken(), cue);
                if (subject != null) {
                    speech = speechOf(subject[0], subject[1]);
                    np = subject;
                }
            }
        }
        hits.add(new CueHit(cue, span, speech));
        if (np != null && speech != null && speech.entity() != null) {
            addSighting(new Sighting(np[0], tokens.get(np[0]).sentence(), speech.entity(), true));
        }
    }

    // ---------------------------------------------------------------- mentions to entities

    private Speech speechOf(int first, int last) {
        Token head = tokens.get(last);
        if (head.isPronoun() && first == last) {
            Mention m = mention(first, last, MentionType.PRONOUN);
            Entity e = resolvePronoun(head.lower(), first);
            return new Speech(m, e, e == null ? 0.3 : 0.95);
        }
        // A person's name at the end of the phrase: "US Secretary of State Blinken", "Trump".
        int nameStart = last;
        while (nameStart - 1 >= first && (tokens.get(nameStart - 1).isProperNoun()
                || tokens.get(nameStart - 1).entity().equals("PERSON")
                || (tokens.get(nameStart - 1).lower().equals("of") && nameStart - 2 >= first
                    && tokens.get(nameStart - 2).isProperNoun()))) {
            nameStart--;
        }
        if (head.isProperNoun() || head.entity().equals("PERSON")) {
            int personStart = last;
            while (personStart - 1 >= nameStart && tokens.get(personStart - 1).entity().equals("PERSON")) {
                personStart--;
            }
            boolean person = head.entity().equals("PERSON");
            List<String> name = nameTokens(person ? personStart : nameStart, last);
            if (!person && !name.isEmpty() && registry.findPerson(name) != null
                    && !head.entity().equals("ORGANIZATION") && !head.entity().equals("LOCATION")) {
                person = true;
            }
            if (!person && name.size() == 1 && head.entity().equals("O") && !isArticle(first)) {
                person = true;
            }
            if (person && !name.isEmpty()) {
                Entity e = registry.person(name, String.join(" ", name), genderOf(nameStart, name));
                return new Speech(mention(nameStart, last, MentionType.NAME), e, 1.0);
            }
            int orgStart = isArticle(first) && first < nameStart ? first : nameStart;
            if (orgStart == first && first < last && isArticle(first) && !isArticle(first + 1)) {
                orgStart = first + 1;
            }
            Entity e = registry.organization(surface(orgStart, last), SpeakerType.ORGANIZATION);
            return new Speech(mention(nameStart, last, MentionType.NAME), e, 0.97);
        }
        // A description: "a spokeswoman", "the Biden administration", "Clinton's campaign".
        String lowerHead = head.lower();
        SpeakerType type = NounPhrases.isOrganizationNoun(lowerHead) ? SpeakerType.ORGANIZATION
                : NounPhrases.isPersonNoun(lowerHead) ? SpeakerType.PERSON : SpeakerType.OTHER;
        int descStart = first;
        if (tokens.get(first).lower().equals("the") && first < last) {
            descStart = first + 1;
        }
        String surface = surface(descStart, last);
        // "a source" and "another source" are someone new each time; "the source" is the one met before.
        Entity e = INDEFINITE.contains(tokens.get(first).lower())
                ? registry.distinct(surface(first, last), type) : registry.organization(surface, type);
        return new Speech(mention(first, last, MentionType.NOMINAL), e, 0.95);
    }

    private boolean isArticle(int i) {
        return tokens.get(i).tag().equals("DT");
    }

    private Mention mention(int first, int last, MentionType type) {
        Span span = clean.widen(new Span(tokens.get(first).start(), tokens.get(last).end()));
        return new Mention(span, span.textOf(clean.original()), type);
    }

    /** A cue at {@code span}, with its text as the original has it. */
    private Cue cue(Span span) {
        Span wide = clean.widen(span);
        return new Cue(wide, wide.textOf(clean.original()));
    }

    /** The words from token {@code first} to {@code last} with HTML residue left out: a name to show. */
    private String surface(int first, int last) {
        return text.substring(tokens.get(first).start(), tokens.get(last).end()).strip().replaceAll("\\s+", " ");
    }

    /**
     * The name proper, as whitespace-separated words of the original text ("France-Presse" stays one
     * word): title words and possessive endings removed.
     */
    private List<String> nameTokens(int first, int last) {
        int k = first;
        while (k < last && (NounPhrases.isTitle(tokens.get(k).word())
                || !tokens.get(k).isProperNoun() && !tokens.get(k).entity().equals("PERSON"))) {
            k++;
        }
        int end = last;
        while (end > k && (tokens.get(end).tag().equals("POS") || tokens.get(end).word().endsWith("'s")
                || tokens.get(end).word().endsWith("’s"))) {
            end--;
        }
        List<String> out = new ArrayList<>();
        Token kt = tokens.get(k);
        if (!kt.isProperNoun() && !kt.entity().equals("PERSON")) {
            return out;
        }
        for (String w : surface(k, end).split("\\s+")) {
            String clean = w.replaceAll("['’]s$", "");
            if (!clean.isEmpty()) {
                out.add(clean);
            }
        }
        while (out.size() > 1 && NounPhrases.isTitle(out.get(0)) && !isPersonWord(first, out.get(0), last)) {
            out.remove(0);
        }
        return out;
    }

    private boolean isPersonWord(int first, String word, int last) {
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).word().equals(word)) {
                return tokens.get(k).entity().equals("PERSON");
            }
        }
        return false;
    }

    private Gender genderOf(int first, List<String> name) {
        for (int k = Math.max(0, first - 1); k <= first && k < tokens.size(); k++) {
            String prev = tokens.get(k).lower().replace(".", "");
            if (NounPhrases.MALE_TITLES.contains(prev)) {
                return Gender.MALE;
            }
            if (NounPhrases.FEMALE_TITLES.contains(prev)) {
                return Gender.FEMALE;
            }
        }
        return name.size() >= 2 ? firstNames.genderOf(name.get(0)) : Gender.UNKNOWN;
    }

    /** The most salient earlier entity a pronoun can refer to, within a few sentences; null if none. */
    private Entity resolvePronoun(String pronoun, int at) {
        Gender wanted = switch (pronoun) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
        boolean person = wanted != Gender.UNKNOWN;
        boolean it = pronoun.equals("it");
        boolean they = pronoun.equals("they");
        if (!person && !it && !they) {
            return null;
        }
        int sentence = tokens.get(at).sentence();
        for (int s = sentence; s >= Math.max(0, sentence - 6); s--) {
            Sighting best = null;
            for (Sighting g : sightings) {
                if (g.sentence != s || g.token >= at) {
                    continue;
                }
                boolean fits = person
                        ? g.entity.type() == SpeakerType.PERSON && g.entity.gender() != opposite(wanted)
                        : g.entity.type() != SpeakerType.PERSON || they;
                if (!fits) {
                    continue;
                }
                if (s == sentence) {
                    best = g;
                } else if (best == null || (g.subject && !best.subject)) {
                    best = g;
                }
            }
            if (best != null) {
                if (person) {
                    registry.setGender(best.entity, wanted);
                }
                return best.entity;
            }
        }
        return null;
    }

    private static Gender opposite(Gender g) {
        return g == Gender.MALE ? Gender.FEMALE : g == Gender.FEMALE ? Gender.MALE : Gender.UNKNOWN;
    }

    // ---------------------------------------------------------------- the rules

    private void attributeBodyQuote(int i, int previous, Speech[] speech, Cue[] cues, AttributionRule[] rules,
                                    double[] confidence) {
        QuoteSpan q = spans.get(i);
        int firstTok = nlp.firstTokenAtOrAfter(q.span().start());
        int lastTok = Math.max(firstTok, nlp.firstTokenAtOrAfter(q.span().end()) - 1);
        if (firstTok >= tokens.size()) {
            return;
        }
        lastTok = Math.min(lastTok, tokens.size() - 1);
        int s0 = tokens.get(firstTok).sentence();
        int s1 = tokens.get(lastTok).sentence();
        Span para = clean.paragraphs().get(q.paragraph()).span();

        // 1. A cue with its speaker in the quote's own sentence(s).
        CueHit best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int s = s0; s <= s1; s++) {
            for (CueHit h : cuesBySentence.getOrDefault(s, List.of())) {
                if (h.speech() == null || !para.contains(h.span())) {
                    continue;
                }
                int d = h.token() < firstTok ? firstTok - h.token() : h.token() - lastTok;
                if (CueLexicon.adjacentOnly(CueLexicon.speechStem(tokens.get(h.token()).word(), tokens.get(h.token()).tag()))
                        && (h.token() > lastTok || d > 3) && !characterizes(h.token(), firstTok)) {
                    continue;
                }
                if (clauseBreakBetween(h.token(), h.token() < firstTok ? firstTok : lastTok)) {
                    d += 100; // "X pointed out “...”; Y said that ...": Y speaks in another clause
                }
                if (d < bestDistance) {
                    best = h;
                    bestDistance = d;
                }
            }
        }
        if (best != null) {
            if (bestDistance <= 3) {
                besideCue.add(i);
            }
            double c = bestDistance <= 4 ? 1.0 : 0.9;
            set(i, best.speech(), cueOf(best), AttributionRule.SAME_SENTENCE, c, speech, cues, rules, confidence);
            return;
        }
        // 1b. Any verb in the speech-frame position: "“...,” Kelly charged.", "Trump assured Jones: “...”".
        if (verbBesideQuote(i, firstTok, lastTok, para, speech, cues, rules, confidence)) {
            return;
        }
        // 2. A colon or dash lead-in: "Lavrov: “...”", "“...” — Lavrov".
        if (leadIn(i, firstTok, lastTok, para, speech, cues, rules, confidence)) {
            return;
        }
        // The remaining rules read context beyond the sentence; a fragment such as “diplomatic war”
        // standing in a sentence without a cue is a scare quote, not a continuation.
        if (!sentenceLike(q)) {
            return;
        }
        // 3. The next sentence points back: "“...?” Graham asked.", "“...” A sentence from Blinken ...".
        Sentence next = s1 + 1 < nlp.sentences().size() ? nlp.sentences().get(s1 + 1) : null;
        if (next != null && para.contains(next.span()) && endsSentence(lastTok, s1)) {
            for (CueHit h : cuesBySentence.getOrDefault(next.index(), List.of())) {
                if (h.speech() != null && h.token() - next.firstToken() <= 6 && !quoteBetween(next.firstToken(), h.token())) {
                    set(i, h.speech(), cueOf(h), AttributionRule.NEXT_SENTENCE, 1.0, speech, cues, rules, confidence);
                    return;
                }
            }
        }
        // 4. A previous sentence of the paragraph in which someone speaks.
        for (int s = s0 - 1; s >= 0 && s >= s0 - 2; s--) {
            Sentence prev = nlp.sentences().get(s);
            if (!para.contains(prev.span())) {
                break;
            }
            CueHit first = null;
            for (CueHit h : cuesBySentence.getOrDefault(s, List.of())) {
                if (h.speech() != null) {
                    first = h;
                    break;
                }
            }
            if (first != null) {
                double c = s == s0 - 1 ? 1.0 : 0.85;
                set(i, first.speech(), cueOf(first), AttributionRule.PREVIOUS_SENTENCE, c, speech, cues, rules,
                        confidence);
                return;
            }
            if (quoteBetween(prev.firstToken(), prev.endToken())) {
                break;
            }
        }
        // A quote that opens a paragraph after a paragraph ending "X said:" belongs to X.
        if (startsParagraph(q) && q.paragraph() > 0) {
            Paragraph before = clean.paragraphs().get(q.paragraph() - 1);
            if (!before.heading() && text.charAt(before.span().end() - 1) == ':') {
                int s = nlp.sentenceAt(before.span().end() - 1);
                List<CueHit> hs = s >= 0 ? cuesBySentence.getOrDefault(s, List.of()) : List.of();
                for (CueHit h : hs) {
                    if (h.speech() != null) {
                        set(i, h.speech(), cueOf(h), AttributionRule.PREVIOUS_SENTENCE, 1.0, speech, cues, rules,
                                confidence);
                        return;
                    }
                }
            }
        }
        // 5. Continuation of the previous attributed quote.
        if (previous >= 0) {
            QuoteSpan p = spans.get(previous);
            boolean samePara = p.paragraph() == q.paragraph();
            boolean nextPara = p.paragraph() == q.paragraph() - 1 && startsParagraph(q)
                    && endsNearParagraphEnd(p);
            if (samePara || nextPara) {
                set(i, speech[previous], cues[previous], AttributionRule.CONTINUATION,
                        1.0, speech, cues, rules, confidence);
            }
        }
    }

    /**
     * A name or pronoun with a finite verb right after a quote ("“...,” Kelly charged", "“...” opined the
     * Plain Dealer") or right before it ("Kelly charged: “...”"): the frame of reported speech, whatever the
     * verb.
     */
    private boolean verbBesideQuote(int i, int firstTok, int lastTok, Span para, Speech[] speech, Cue[] cues,
                                    AttributionRule[] rules, double[] confidence) {
        int k = lastTok + 1;
        while (k < tokens.size() && tokens.get(k).word().equals(",") && !inQuote[k]) {
            k++;
        }
        if (k < tokens.size() && k > lastTok && !inQuote[k] && para.contains(tokens.get(k).span())) {
            Sentence s = nlp.sentences().get(tokens.get(k).sentence());
            boolean commaBefore = k > lastTok + 1 || ",!?".indexOf(lastContentChar(spans.get(i))) >= 0;
            // "“...,” Kelly charged"
            int[] np = NounPhrases.after(tokens, inQuote, k, s.endToken());
            if (np != null && commaBefore && isNamedOrPronoun(np) && np[1] - np[0] <= 3) {
                int v = np[1] + 1;
                while (v < s.endToken() && tokens.get(v).tag().startsWith("RB")) {
                    v++;
                }
                if (v < s.endToken() && isFiniteVerb(tokens.get(v))) {
                    set(i, speechOf(np[0], np[1]), cue(tokens.get(v).span()), AttributionRule.SAME_SENTENCE, 0.9,
                            speech, cues, rules, confidence);
                    besideCue.add(i);
                    return true;
                }
            }
            // "“...,” opined Cleveland's Plain Dealer."
            if (commaBefore && isFiniteVerb(tokens.get(k))) {
                int[] after = NounPhrases.after(tokens, inQuote, k + 1, s.endToken());
                if (after != null && isNamedOrPronoun(after)
                        && (after[1] + 1 >= s.endToken() || !Character.isLetterOrDigit(tokens.get(after[1] + 1).word().charAt(0)))) {
                    set(i, speechOf(after[0], after[1]), cue(tokens.get(k).span()), AttributionRule.SAME_SENTENCE, 0.9,
                            speech, cues, rules, confidence);
                    return true;
                }
            }
        }
        // "Kelly charged: “...”"
        int colon = firstTok - 1;
        if (colon >= 1 && !inQuote[colon] && (tokens.get(colon).word().equals(":") || tokens.get(colon).word().equals(","))
                && isFiniteVerb(tokens.get(colon - 1)) && para.contains(tokens.get(colon - 1).span())) {
            Sentence s = nlp.sentences().get(tokens.get(colon - 1).sentence());
            int[] np = NounPhrases.before(tokens, inQuote, s.firstToken(), colon - 1);
            if (np != null && isNamedOrPronoun(np)) {
                set(i, speechOf(np[0], np[1]), cue(tokens.get(colon - 1).span()), AttributionRule.SAME_SENTENCE, 0.9,
                        speech, cues, rules, confidence);
                return true;
            }
        }
        return false;
    }

    /** The last char inside the quote marks, or {@code '\0'} for an empty quote. */
    private char lastContentChar(QuoteSpan q) {
        Span c = q.content();
        return c.isEmpty() ? '\0' : text.charAt(c.end() - 1);
    }

    private static boolean isFiniteVerb(Token t) {
        return (t.tag().equals("VBD") || t.tag().equals("VBZ")) && !t.isProperNoun();
    }

    private boolean leadIn(int i, int firstTok, int lastTok, Span para, Speech[] speech, Cue[] cues,
                           AttributionRule[] rules, double[] confidence) {
        int before = firstTok - 1;
        if (before >= 0 && tokens.get(before).word().equals(":") && para.contains(tokens.get(before).span())) {
            Sentence s = nlp.sentences().get(tokens.get(before).sentence());
            int[] np = NounPhrases.before(tokens, inQuote, s.firstToken(), before);
            if (np == null || np[0] != s.firstToken()) {
                // "Clinton has since apologized for what happened: “...”"
                np = NounPhrases.clauseSubject(tokens, inQuote, s.firstToken(), before);
            }
            if (np != null && isNamedOrPronoun(np) && !quoteBetween(np[1], before)) {
                Speech sp = speechOf(np[0], np[1]);
                Cue cue = cue(tokens.get(before).span());
                set(i, sp, cue, AttributionRule.LEAD_IN, 1.0, speech, cues, rules, confidence);
                return true;
            }
        }
        int after = lastTok + 1;
        while (after < tokens.size() && tokens.get(after).word().equals(",")) {
            after++;
        }
        // The tokenizer may drop rare dashes (U+2015), so read the dash from the text itself.
        int gapStart = after > lastTok + 1 ? tokens.get(after - 1).end() : spans.get(i).span().end();
        int gapEnd = after < tokens.size() ? tokens.get(after).start() : gapStart;
        int dash = gapEnd > gapStart ? dashIn(gapStart, gapEnd) : -1;
        int nameAt = dash >= 0 ? after : after + 1;
        Span dashSpan = dash >= 0 ? new Span(dash, dash + 1)
                : after < tokens.size() && isDash(tokens.get(after).word()) ? tokens.get(after).span() : null;
        if (dashSpan != null && nameAt < tokens.size() && para.contains(tokens.get(nameAt).span())) {
            Sentence s = nlp.sentences().get(tokens.get(nameAt).sentence());
            int[] np = NounPhrases.after(tokens, inQuote, nameAt, s.endToken());
            if (np != null && isNamedOrPronoun(np)) {
                Speech sp = speechOf(np[0], np[1]);
                Cue cue = cue(dashSpan);
                set(i, sp, cue, AttributionRule.LEAD_IN, 1.0, speech, cues, rules, confidence);
                return true;
            }
        }
        return dashParagraphAfter(i, speech, cues, rules, confidence);
    }

    /** "“...”" then a paragraph of its own: "— Bernie Sanders." */
    private boolean dashParagraphAfter(int i, Speech[] speech, Cue[] cues, AttributionRule[] rules, double[] confidence) {
        QuoteSpan q = spans.get(i);
        Span para = clean.paragraphs().get(q.paragraph()).span();
        if (q.span().end() < para.end() - 2 || q.paragraph() + 1 >= clean.paragraphs().size()) {
            return false;
        }
        Span next = clean.paragraphs().get(q.paragraph() + 1).span();
        if (next.length() > 80 || !isDash(text.charAt(next.start()))) {
            return false;
        }
        int first = nlp.firstTokenAtOrAfter(next.start());
        while (first < tokens.size() && tokens.get(first).start() < next.end() && isDash(tokens.get(first).word())) {
            first++;
        }
        if (first >= tokens.size() || tokens.get(first).start() >= next.end()) {
            return false;
        }
        Sentence s = nlp.sentences().get(tokens.get(first).sentence());
        int[] np = NounPhrases.after(tokens, inQuote, first, s.endToken());
        if (np == null || !tokens.get(np[1]).isProperNoun()) {
            return false;
        }
        set(i, speechOf(np[0], np[1]), cue(new Span(next.start(), next.start() + 1)),
                AttributionRule.LEAD_IN, 0.9, speech, cues, rules, confidence);
        return true;
    }

    /** How many words outside quotes a characterizing verb may stand before its quote. */
    private static final int CHARACTERIZATION_REACH = 8;

    /**
     * Whether a verb that characterizes ("called Wells Fargo's behavior “outrageous”", "described Clinton as a
     * “disgrace”", "called Trump a “liar” who is “amoral,” a “bully” and …") frames the quote at {@code firstTok}:
     * it stands before it in the same clause, at most {@link #CHARACTERIZATION_REACH} words away counting no
     * words of the quotes between (a list of epithets), with no comma-led new clause or sentence punctuation
     * between.
     */
    private boolean characterizes(int verb, int firstTok) {
        if (verb >= firstTok) {
            return false;
        }
        int words = 0;
        for (int k = verb + 1; k < firstTok; k++) {
            if (inQuote[k]) {
                continue;
            }
            String w = tokens.get(k).word();
            if (w.equals(";") || w.equals(":") || w.equals(".") || CLAUSE_OPENERS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (Character.isLetterOrDigit(w.charAt(0))) {
                words++;
            }
        }
        return words <= CHARACTERIZATION_REACH;
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "while", "although", "though", "because", "since",
            "after", "before", "when", "whereas", "said", "says");

    private boolean clauseBreakBetween(int a, int b) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (!inQuote[k] && tokens.get(k).word().equals(";")) {
                return true;
            }
        }
        return false;
    }

    private boolean endsSentence(int lastTok, int sentence) {
        return lastTok + 1 >= nlp.sentences().get(sentence).endToken();
    }

    private boolean quoteBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (inQuote[k]) {
                return true;
            }
        }
        return false;
    }

    private int dashIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (isDash(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isDash(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> isDash((char) c));
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }

    private boolean startsParagraph(QuoteSpan q) {
        return clean.paragraphs().get(q.paragraph()).span().start() == q.span().start();
    }

    private boolean endsNearParagraphEnd(QuoteSpan p) {
        Span para = clean.paragraphs().get(p.paragraph()).span();
        int tail = 0;
        for (int k = nlp.firstTokenAtOrAfter(p.span().end()); k < tokens.size() && tokens.get(k).start() < para.end(); k++) {
            tail++;
        }
        return tail <= 8;
    }

    private Cue cueOf(CueHit h) {
        return cue(h.span());
    }

    private static void set(int i, Speech s, Cue cue, AttributionRule rule, double c, Speech[] speech, Cue[] cues,
                            AttributionRule[] rules, double[] confidence) {
        speech[i] = s;
        cues[i] = cue;
        rules[i] = rule;
        confidence[i] = Math.max(0.0, Math.min(1.0, rule.prior() * Math.min(1.0, c) * s.certainty()));
    }

    // ---------------------------------------------------------------- kinds

    private QuoteKind bodyKind(QuoteSpan q, boolean attributed, boolean besideItsCue) {
        List<Token> content = words(q);
        int words = content.size();
        boolean digit = false;
        boolean allCapitalised = true;
        for (Token t : content) {
            digit |= t.word().chars().anyMatch(Character::isDigit);
            allCapitalised &= Character.isUpperCase(t.word().charAt(0)) || !Character.isLetter(t.word().charAt(0));
        }
        boolean sentenceLike = endsLikeSentence(q) && words >= 4;
        boolean spoken = besideItsCue && endsWithPunctuation(q);
        if (!sentenceLike && !spoken && words <= 4 && (digit || allCapitalised)) {
            return QuoteKind.SCARE; // a name or a title: “Beixi-2”, “Nord Stream 2”
        }
        if (!attributed) {
            boolean opensLikeSentence = words >= 5 && Character.isUpperCase(firstLetter(q.content()));
            return sentenceLike || opensLikeSentence ? QuoteKind.DIRECT : QuoteKind.SCARE;
        }
        return embedded(q) ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
    }

    private boolean endsWithPunctuation(QuoteSpan q) {
        return ",.!?…".indexOf(lastContentChar(q)) >= 0;
    }

    /** The word tokens (not punctuation) inside a quote. */
    private List<Token> words(QuoteSpan q) {
        List<Token> out = new ArrayList<>();
        for (Token t : nlp.tokensIn(q.content())) {
            if (Character.isLetterOrDigit(t.word().charAt(0))) {
                out.add(t);
            }
        }
        return out;
    }

    private boolean sentenceLike(QuoteSpan q) {
        int words = words(q).size();
        boolean capital = Character.isUpperCase(firstLetter(q.content()));
        return (words >= 4 && (endsLikeSentence(q) || capital) || words >= 2 && capital && endsLikeSentence(q))
                && !embedded(q);
    }

    private char firstLetter(Span content) {
        for (int k = content.start(); k < content.end(); k++) {
            if (Character.isLetter(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return 'a';
    }

    private boolean endsLikeSentence(QuoteSpan q) {
        int k = q.content().end() - 1;
        while (k > q.content().start() && "\"”’'»)".indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return ".!?…".indexOf(text.charAt(k)) >= 0
                || (q.span().end() < text.length() && ".!?".indexOf(text.charAt(q.span().end())) >= 0);
    }

    /** Whether the quote continues a clause begun outside it: "overcome the “unhealthy situation”". */
    private boolean embedded(QuoteSpan q) {
        int k = nlp.firstTokenAtOrAfter(q.span().start()) - 1;
        if (k < 0) {
            return false;
        }
        Token prev = tokens.get(k);
        int quoteSentence = nlp.sentenceAt(q.span().start());
        if (prev.sentence() != quoteSentence || inQuote[k]) {
            return false;
        }
        String w = prev.word();
        if (LEAD_PUNCTUATION.contains(w)) {
            return false;
        }
        if (CueLexicon.speechStem(w, prev.tag()) != null && Character.isUpperCase(firstLetter(q.content()))) {
            return false; // Brinken said “The United States ...”
        }
        return Character.isLetterOrDigit(w.charAt(0));
    }

    // ---------------------------------------------------------------- headlines

    private void inheritFromBody(int i, Speech[] speech, Cue[] cues, AttributionRule[] rules, double[] confidence,
                                 QuoteKind[] kinds) {
        QuoteSpan q = spans.get(i);
        Set<String> words = contentWords(q.content());
        if (words.size() < 2) {
            kinds[i] = QuoteKind.SCARE;
            return;
        }
        double bestScore = 0;
        Speech bestSpeech = null;
        Cue bestCue = null;
        double bestConfidence = 0;
        for (int j = 0; j < spans.size(); j++) {
            if (speech[j] == null || kinds[j] == QuoteKind.HEADLINE) {
                continue;
            }
            double score = containment(words, contentWords(spans.get(j).content()));
            if (score > bestScore) {
                bestScore = score;
                bestSpeech = speech[j];
                bestCue = cues[j];
                bestConfidence = confidence[j];
            }
        }
        // Headlines also paraphrase reported speech: "Cooperate where interests coincide".
        for (Map.Entry<Integer, List<CueHit>> e : cuesBySentence.entrySet()) {
            Sentence s = nlp.sentences().get(e.getKey());
            int p = clean.paragraphAt(s.span().start());
            if (p < 0 || clean.paragraphs().get(p).heading()) {
                continue;
            }
            for (CueHit h : e.getValue()) {
                if (h.speech() == null || h.speech().entity() == null) {
                    continue;
                }
                double score = containment(words, contentWords(s.span())) * 0.95;
                if (score > bestScore) {
                    bestScore = score;
                    bestSpeech = h.speech();
                    bestCue = cueOf(h);
                    bestConfidence = AttributionRule.SAME_SENTENCE.prior(); // a cue with its speaker in that sentence
                }
                break;
            }
        }
        if (bestSpeech != null && bestScore >= 0.6) {
            speech[i] = bestSpeech;
            cues[i] = bestCue;
            rules[i] = AttributionRule.HEADLINE_REPEAT;
            confidence[i] = Math.min(1.0, AttributionRule.HEADLINE_REPEAT.prior() * bestConfidence * bestScore);
        } else if (words.size() <= 3) {
            kinds[i] = QuoteKind.SCARE;
        }
    }

    private Set<String> contentWords(Span span) {
        Set<String> out = new HashSet<>();
        for (String w : text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2) {
                out.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static double containment(Set<String> small, Set<String> big) {
        int hit = 0;
        for (String w : small) {
            if (big.contains(w)) {
                hit++;
            }
        }
        return small.isEmpty() ? 0 : (double) hit / small.size();
    }

    // ---------------------------------------------------------------- reported speech

    /** A sentence of reported speech: its sentence index, its cue and speaker. */
    private record Reported(int sentence, Cue cue, Speech speech, double certainty) {
    }

    /**
     * Sentences in which someone speaks and no quote of theirs stands: the first cue with a resolved
     * speaker ("Lavrov stated that …"), or a sentence opening with a conjunction and a speech verb with no
     * subject ("And rejects the mayor's claims"), which continues the speaker of the sentence before. A
     * negated or declined cue ("did not respond", "declined to comment") is no statement.
     */
    private List<Reported> reportedSpeech(Speech[] speech, QuoteKind[] kinds) {
        Set<Integer> quoted = new HashSet<>();
        Map<Integer, Speech> quoteSpeakerBySentence = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            if (speech[i] != null && kinds[i] != QuoteKind.SCARE && kinds[i] != QuoteKind.NESTED) {
                // Every sentence the quote spans: “A. B,” Kowal said. is one statement, not a quote and a report.
                Span q = spans.get(i).span();
                int s0 = nlp.sentenceAt(q.start());
                int s1 = nlp.sentenceAt(Math.max(q.start(), q.end() - 1));
                for (int sentence = Math.max(0, s0); s0 >= 0 && sentence <= Math.max(s0, s1); sentence++) {
                    quoted.add(sentence);
                    if (speech[i].entity() != null) {
                        quoteSpeakerBySentence.put(sentence, speech[i]);
                    }
                }
            }
        }
        List<Reported> out = new ArrayList<>();
        Speech last = null;
        int lastParagraph = -1;
        for (Sentence s : nlp.sentences()) {
            int para = clean.paragraphAt(s.span().start());
            if (para != lastParagraph) {
                last = null;
                lastParagraph = para;
            }
            if (para < 0 || clean.paragraphs().get(para).heading()) {
                continue;
            }
            if (quoted.contains(s.index())) {
                last = quoteSpeakerBySentence.get(s.index()); // null when the quote's speaker is unresolved
                continue;
            }
            Reported r = null;
            for (CueHit h : cuesBySentence.getOrDefault(s.index(), List.of())) {
                // "A sentence from X" points at a quote elsewhere; it reports no speech of its own.
                boolean pointer = CueLexicon.isUtteranceNoun(tokens.get(h.token()).lower());
                if (h.speech() != null && h.speech().entity() != null && !pointer && !negated(s, h.token())) {
                    r = new Reported(s.index(), cueOf(h), h.speech(), 1.0);
                    break;
                }
            }
            if (r == null && last != null) {
                r = continuedSpeech(s, last);
            }
            if (r != null) {
                out.add(r);
                last = r.speech();
            }
        }
        return out;
    }

    /** "And rejects the mayor's claims": a conjunction, then a speech verb with no subject of its own. */
    private Reported continuedSpeech(Sentence s, Speech previous) {
        int k = s.firstToken();
        if (k + 1 >= s.endToken() || !tokens.get(k).tag().equals("CC")) {
            return null;
        }
        Token verb = tokens.get(k + 1);
        if (inQuote[k + 1] || !(verb.tag().equals("VBZ") || verb.tag().equals("VBD") || verb.tag().equals("VBP"))
                || CueLexicon.speechStem(verb.word(), verb.tag()) == null) {
            return null;
        }
        return new Reported(s.index(), cue(verb.span()), previous, 0.8);
    }

    /** Whether the cue at {@code cue} is negated or declined: "did not respond", "declined to comment". */
    private boolean negated(Sentence s, int cue) {
        for (int k = Math.max(s.firstToken(), cue - 3); k < cue; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.startsWith("declin") || w.startsWith("refus")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- output

    private AttributedQuotes assemble(Speech[] speech, Cue[] cues, AttributionRule[] rules, double[] confidence,
                                      QuoteKind[] kinds, List<Reported> reported) {
        List<Entity> order = new ArrayList<>();
        for (int i = 0; i < speech.length; i++) {
            if (speech[i] != null && speech[i].entity() != null && kinds[i] != QuoteKind.SCARE && kinds[i] != QuoteKind.NESTED) {
                order.add(speech[i].entity());
            }
        }
        reported.forEach(r -> order.add(r.speech().entity()));
        Map<Entity, String> ids = EntityRegistry.ids(order);
        List<Quote> quotes = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            QuoteSpan q = spans.get(i);
            quotes.add(new Quote(q.span(), q.content(), kinds[i], q.closed(), q.paragraph()));
            if (speech[i] != null && kinds[i] != QuoteKind.SCARE && kinds[i] != QuoteKind.NESTED) {
                String id = speech[i].entity() == null ? null : ids.get(speech[i].entity());
                attributions.add(new Attribution(q.span(), id, speech[i].mention(), cues[i], rules[i],
                        Math.round(confidence[i] * 1000) / 1000.0));
            }
        }
        List<ReportedSpeech> speeches = new ArrayList<>();
        for (Reported r : reported) {
            Sentence s = nlp.sentences().get(r.sentence());
            double c = AttributionRule.SAME_SENTENCE.prior() * r.certainty() * r.speech().certainty();
            speeches.add(new ReportedSpeech(clean.widen(s.span()), ids.get(r.speech().entity()), r.speech().mention(), r.cue(),
                    Math.round(c * 1000) / 1000.0));
        }
        return new AttributedQuotes(quotes, attributions, EntityRegistry.speakers(ids), speeches);
    }
}
