package org.quotestance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.defaults();

    @Test
    void readsUtf8Text() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "She said “yes”.");
        assertThat(reader.read(f)).isEqualTo("She said “yes”.");
    }

    @Test
    void readsEmptyFileAsEmptyText() throws Exception {
        assertThat(reader.read(Files.write(dir.resolve("empty.txt"), new byte[0]))).isEmpty();
    }

    @Test
    void rejectsBinaryFileNamingIt() throws Exception {
        Path f = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertThatThrownBy(() -> reader.read(f)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("image.png").hasMessageContaining("not a text file");
    }

    @Test
    void rejectsInvalidUtf8NamingIt() throws Exception {
        Path f = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
        assertThatThrownBy(() -> reader.read(f)).hasMessageContaining("latin1.txt").hasMessageContaining("UTF-8");
    }

    @Test
    void rejectsFileOverTheSizeLimit() throws Exception {
        Path f = Files.writeString(dir.resolve("big.txt"), "x".repeat(100));
        assertThatThrownBy(() -> new DocumentReader(10).read(f)).hasMessageContaining("big.txt").hasMessageContaining("limit");
    }

    @Test
    void rejectsMissingFile() {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.txt"))).hasMessageContaining("no such file");
    }

    @Test
    void acceptsDecodedTextUpToTheLimitInUtf8Bytes() {
        assertThat(reader.check("row 1", "She said “yes”.")).isEqualTo("She said “yes”.");
        assertThat(new DocumentReader(12).check("row 5", "€€€€")).hasSize(4); // 4 chars, 12 bytes
    }

    static Stream<Arguments> badDecodedTexts() {
        return Stream.of(
                Arguments.of("null text", 100L, null, "row: no text (null)"),
                Arguments.of("NUL in the head", 100L, "PNG\u0000\u0001", "row: not text (binary content at character 3)"),
                Arguments.of("over the limit in bytes", 10L, "€€€€", "row: 12 bytes is over the limit of 10 bytes"),
                Arguments.of("a lone surrogate", 100L, "ab\uD800cd", "row: not valid text"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDecodedTexts")
    void rejectsDecodedTextAsItRejectsFilesNamingTheDocument(String why, long limit, String text, String message) {
        assertThatThrownBy(() -> new DocumentReader(limit).check("row", text))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith(message);
    }
}
