package org.quotestance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A short news article written for QuoteStance's demos: two ministers, a misspelt name, a split quote,
 * "She said", headline quotes repeated in the body, scare quotes, a cable name in quote marks, an unclosed
 * quote mark and HTML residue. Fiction; any likeness to real people is chance.
 */
public final class SampleArticle {

    public static final String NAME = "sample-article.txt";

    private SampleArticle() {
    }

    public static String text() {
        try (InputStream in = SampleArticle.class.getResourceAsStream("sample/sample-article.txt")) {
            if (in == null) {
                throw new IllegalStateException("sample article missing from the quotestance-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
