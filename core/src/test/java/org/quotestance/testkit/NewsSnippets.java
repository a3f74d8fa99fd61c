package org.quotestance.testkit;

import java.util.List;

/**
 * Handwritten news snippets in the styles a stage meets: wire copy with double quotes, British single quotes, a
 * feature with a quote running over several paragraphs, and scraped HTML residue. Each names a quote that any
 * quote finder must find, by where it opens.
 */
public final class NewsSnippets {

    /**
     * @param name       the style, for test names
     * @param text       the snippet
     * @param firstQuote the text of a quote that must be found, from its opening mark; it opens at the first
     *                   occurrence of this string
     */
    public record Snippet(String name, String text, String firstQuote) {

        public Snippet {
            if (!text.contains(firstQuote)) {
                throw new IllegalArgumentException(name + ": quote <" + firstQuote + "> is not in the text");
            }
        }

        /** Where {@link #firstQuote} opens. */
        public int firstQuoteStart() {
            return text.indexOf(firstQuote);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final Snippet WIRE = new Snippet("wire copy, double quotes", """
            WASHINGTON (AP) — Sen. Tom Harlan (R-Ohio) said Tuesday the spending bill was "dead on arrival" in the Senate.

            "We are not going to pass a bill that nobody has read," Harlan told reporters. "It is that simple."

            A White House spokeswoman, Anna Reyes, said the administration "remains hopeful." She declined to comment further.""",
            "\"We are not going");

    public static final Snippet BRITISH = new Snippet("British single quotes", """
            The Chancellor, Olaf Brandt, said on Monday that the cuts were ‘regrettable but necessary’.

            ‘We cannot spend money we do not have,’ he told the Commons. ‘The country’s finances come first.’

            Labour’s Sarah Patel called the plans ‘a betrayal of the north’ and said the party would oppose them.""",
            "‘We cannot spend");

    public static final Snippet FEATURE = new Snippet("feature with a multi-paragraph quote", """
            Maria Lopez remembers the night the bridge closed.

            “I was driving home from the late shift,” she said. “The police had put up barriers on both sides, and nobody could tell us why.

            “For three months we drove forty minutes around the river to get to work. Some people lost their jobs over it.

            “So when they say it will close again for repairs, you understand why people are angry.”

            The council said the closure would last “no more than six weeks.”""",
            "“I was driving");

    public static final Snippet HTML = new Snippet("scraped HTML residue", """
            <div class="article-body"><p>Protesters gathered outside city hall on Friday.</p>
            < p>&ldquo;This is our town, not theirs,&rdquo; said organiser David Kim.</p>
            p >The mayor&#8217;s office said in a statement that it &quot;respects the right to protest&quot;.<br/>
            <p>&nbsp;</p>
            <p>Kim added: &#8220;We will be back next week.&#8221;</p></div>""",
            "&ldquo;This is our town");

    private NewsSnippets() {
    }

    /** Every snippet's text. */
    public static List<String> texts() {
        return all().stream().map(Snippet::text).toList();
    }

    /** Every snippet. */
    public static List<Snippet> all() {
        return List.of(WIRE, BRITISH, FEATURE, HTML);
    }
}
