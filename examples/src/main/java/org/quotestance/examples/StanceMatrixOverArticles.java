package org.quotestance.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotestance.DocumentAnalysis;
import org.quotestance.QuoteStance;
import org.quotestance.report.HtmlReport;
import org.quotestance.report.StanceMatrix;
import org.quotestance.topic.Topic;

/**
 * Stances across articles: analyze several articles, combine their stances into one speakers × topics
 * {@link StanceMatrix} (a speaker is the same person across articles by name), print it with the evidence of
 * each cell, and optionally write the HTML report of all the articles.
 *
 * <pre>
 * ./mvnw -q -B -DskipTests -pl examples -am package
 * java -cp "examples/target/classes:$(cat examples/target/runtime-classpath.txt)" \
 *     org.quotestance.examples.StanceMatrixOverArticles report.html # no argument: no HTML report
 * </pre>
 */
public final class StanceMatrixOverArticles {

    /** An article: a name for it and its text. */
    record Article(String name, String text) {
    }

    /** Three news stories written for this example; fiction. */
    static final List<Article> ARTICLES = List.of(
            new Article("tram-route-approved.txt", """
                    Tram plan clears first hurdle

                    RIVERTON — A council committee on Monday approved the route of the Eastside tram by five \
                    votes to two.

                    "This is a good day for the Eastside. The tram extension will finally link the docks to the \
                    rest of the city," Mayor Lucia Ferreira said after the vote.

                    Councillor Tomas Brandt, who voted against, called the route "a costly mistake." "The \
                    Eastside tram is a vanity project that taxpayers will regret," he said.
                    """),
            new Article("chamber-of-commerce.txt", """
                    Business leaders back tram, fear congestion charge

                    RIVERTON — Nadia Okafor, president of the Riverton Chamber of Commerce, backed the Eastside \
                    tram on Wednesday but warned the city against a congestion charge.

                    "The Eastside tram would bring thousands of new customers to the docks. We want it built, and \
                    built quickly," Okafor said.

                    She was less kind about the congestion charge that some councillors have floated. "A \
                    congestion charge would empty our high street. Shoppers will simply drive to the retail parks \
                    outside town," she said.

                    Councillor Tomas Brandt disagreed. "The congestion charge is fair: drivers who clog the centre \
                    should pay for the buses," Brandt said.
                    """),
            new Article("mayor-phone-in.txt", """
                    Mayor rules out driving fee before election

                    RIVERTON — Mayor Lucia Ferreira said on Friday that she would not introduce a congestion \
                    charge during her current term.

                    "I have no plans for a congestion charge. Families are struggling with prices already, and I \
                    will not add another bill," Ferreira told a radio phone-in.

                    She repeated that the Eastside tram remained her priority. "Getting the Eastside tram built is \
                    the one thing I promised, and I will deliver it," she said.
                    """));

    private StanceMatrixOverArticles() {
    }

    /** The two local issues the articles argue about. */
    static List<Topic> topics() {
        return List.of(
                Topic.of("eastside-tram", "Eastside tram", "The tram line should be extended to the Eastside docks",
                        "Eastside tram", "tram extension"),
                Topic.of("congestion-charge", "Congestion charge",
                        "Riverton should charge drivers a fee to enter the city centre",
                        "congestion charge", "driving fee"));
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<DocumentAnalysis> analyses = analyzeAll();
        StanceMatrix matrix = StanceMatrix.of(analyses);
        out.print(matrix); // label, confidence, number of statements
        for (String speaker : matrix.speakers()) {
            for (String topic : matrix.topics()) {
                matrix.cell(speaker, topic).ifPresent(cell -> {
                    out.printf("%n%s on %s: %s%n", speaker, topic, cell.labelName());
                    cell.evidence().forEach(e -> out.printf("    %-24s %s%n", e.document(), e.text().replaceAll("\\s+", " ")));
                });
            }
        }
        if (args.length > 0) {
            Path report = Path.of(args[0]);
            Files.writeString(report, HtmlReport.page(analyses, List.of()), StandardCharsets.UTF_8);
            out.println("\nreport written to " + report);
        }
    }

    /** Every article analyzed by one {@link QuoteStance} that follows {@link #topics()}, in order. */
    static List<DocumentAnalysis> analyzeAll() {
        QuoteStance quoteStance = QuoteStance.builder().topics(topics()).build();
        List<DocumentAnalysis> analyses = new ArrayList<>();
        for (Article article : ARTICLES) {
            analyses.add(quoteStance.analyze(article.name(), article.text()));
        }
        return analyses;
    }
}
