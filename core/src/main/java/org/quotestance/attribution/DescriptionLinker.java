package org.quotestance.attribution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quotestance.attribution.EntityDescriptions.Introduction;
import org.quotestance.nlp.EntityType;
import org.quotestance.nlp.PennTags;
import org.quotestance.nlp.Token;

/**
 * Finds the people and organisations a definite description ("the Ohio Democrat", "the 31-year-old", "the veteran
 * winger", "the governor", "the firm") may refer to: those introduced before it as one. The description's head noun
 * must be a head of the introduction (for "the N-year-old", the age must be the introduction's), and nothing in the
 * description may contradict it:
 * <ul>
 *   <li>a proper-noun modifier ("Ohio", "Rovers") must be a word of the introduction; only when no introduction
 *       gives it may it go to one that gives no proper noun of its own ("the Ohio Democrat" after "Sherrod Brown,
 *       a Democrat");</li>
 *   <li>an age in the description must be the introduction's age when that gives one;</li>
 *   <li>a defining modifier of the introduction ("Vice President", "former governor") must be repeated;</li>
 *   <li>other modifiers ("veteran", "former", "new") never contradict.</li>
 * </ul>
 * Indefinite descriptions ("a spokeswoman") and plurals ("the attendees") never link; a proper-noun head ("the
 * Ohio Democrat") links only to a person.
 */
final class DescriptionLinker {

    private DescriptionLinker() {
    }

    /**
     * The introductions before {@code mention} that the definite description {@code mention} fits, latest first:
     * those that give all its proper nouns, else those that give none of their own.
     */
    static List<Introduction> candidates(List<Token> tokens, TokenRange mention, List<Introduction> introductions) {
        int first = mention.first();
        int last = mention.last();
        Token headToken = tokens.get(last);
        List<Introduction> out = new ArrayList<>();
        if (last <= first || !tokens.get(first).lower().equals("the") || headToken.entity() == EntityType.PERSON
                || headToken.tag().equals("NNS") || headToken.tag().equals("NNPS")) {
            return out;
        }
        String head = headToken.lower();
        int headAge = EntityDescriptions.ageEndingAt(tokens, last);
        int age = headAge;
        Set<String> modifiers = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (int k = first + 1; k < last; k++) {
            Token t = tokens.get(k);
            if (PennTags.isDeterminer(t.tag()) || PennTags.isPossessivePronoun(t.tag())) {
                return out; // "the ones State": no single description
            }
            modifiers.add(t.lower().replace(".", ""));
            if (t.isProperNoun() && !NounPhrases.isTitle(t.word())) {
                names.add(t.lower());
            }
            age = Math.max(age, EntityDescriptions.ageEndingAt(tokens, k));
        }
        List<Introduction> open = new ArrayList<>();
        for (int i = introductions.size() - 1; i >= 0; i--) {
            Introduction in = introductions.get(i);
            if (in.name().last() >= first || headToken.isProperNoun() && !in.person()) {
                continue;
            }
            boolean named = headAge >= 0 ? in.person() && in.age() == headAge : in.heads().contains(head);
            if (!named || age >= 0 && in.age() >= 0 && age != in.age() || !modifiers.containsAll(in.defining())) {
                continue;
            }
            if (in.words().containsAll(names)) {
                out.add(in);
            } else if (givesNoName(in)) {
                open.add(in);
            }
        }
        return out.isEmpty() ? open : out;
    }

    /** An introduction without proper nouns beside its heads: "a Democrat", "Sen. Tom Harlan". */
    private static boolean givesNoName(Introduction in) {
        Set<String> own = new LinkedHashSet<>(in.names());
        own.removeAll(in.heads());
        return own.isEmpty();
    }
}
