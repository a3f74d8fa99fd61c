package org.quotestance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
    void checksDecodedTextAsItChecksFiles() {
        assertThat(reader.check("row 1", "She said “yes”.")).isEqualTo("She said “yes”.");
        assertThatThrownBy(() -> reader.check("row 2", null)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("row 2: no text (null)");
        assertThatThrownBy(() -> reader.check("row 3", "PNG\u0000\u0001")).hasMessageContaining("row 3")
                .hasMessageContaining("binary");
        // 4 chars but 12 bytes of UTF-8: the limit counts bytes, as it does for files
        assertThatThrownBy(() -> new DocumentReader(10).check("row 4", "€€€€")).hasMessageContaining("row 4")
                .hasMessageContaining("12 bytes").hasMessageContaining("limit");
        assertThat(new DocumentReader(12).check("row 5", "€€€€")).hasSize(4);
        assertThatThrownBy(() -> new DocumentReader(3).check("row 6", "ab\uD800cd")).hasMessageContaining("row 6")
                .hasMessageContaining("not valid text");
    }
}
