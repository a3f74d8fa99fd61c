package org.quotestance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotestance.DocumentAnalysis;
import org.quotestance.report.StanceMatrix;

class StanceMatrixOverArticlesTest {

    @Test
    void printsTheMatrixWithEvidenceAndWritesTheHtmlReport(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.html");

        String printed = Capture.stdout(() -> StanceMatrixOverArticles.main(new String[] {report.toString()}));

        assertThat(printed)
                .containsPattern("(?m)^speaker +eastside-tram +congestion-charge$")
                .containsPattern("(?m)^Lucia Ferreira +FAVOR \\.\\d\\d \\(2\\) +AGAINST \\.\\d\\d \\(\\d\\)$")
                .containsPattern("(?m)^Tomas Brandt +AGAINST \\.\\d\\d \\(1\\) +FAVOR \\.\\d\\d \\(1\\)$")
                .containsPattern("(?m)^Nadia Okafor +FAVOR (\\.\\d\\d|1\\.00) \\(\\d\\) +AGAINST \\.\\d\\d \\(\\d\\)$")
                .contains("Tomas Brandt on congestion-charge: FAVOR")
                .containsPattern("chamber-of-commerce.txt +\"The congestion charge is fair")
                .contains("report written to " + report);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Stances across the documents")
                .contains("tram-route-approved.txt", "chamber-of-commerce.txt", "mayor-phone-in.txt", "Nadia Okafor");
    }

    @Test
    void combinesOneSpeakersStatementsFromSeveralArticles() {
        List<DocumentAnalysis> analyses = StanceMatrixOverArticles.analyzeAll();

        StanceMatrix.Cell mayorOnTram = StanceMatrix.of(analyses).cell("Lucia Ferreira", "eastside-tram").orElseThrow();
        assertThat(analyses).extracting(DocumentAnalysis::document)
                .containsExactly("tram-route-approved.txt", "chamber-of-commerce.txt", "mayor-phone-in.txt");
        assertThat(mayorOnTram.documents()).isEqualTo(2);
        assertThat(mayorOnTram.evidence()).extracting(StanceMatrix.Evidence::document)
                .containsExactly("tram-route-approved.txt", "mayor-phone-in.txt");
        assertThat(mayorOnTram.labelName()).isEqualTo("FAVOR");
    }
}
