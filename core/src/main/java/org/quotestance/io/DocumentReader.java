package org.quotestance.io;

import com.google.common.base.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a document as strict UTF-8 text and rejects what is not: binary files, other encodings, files
 * over the size limit. Stateless and thread-safe.
 */
public final class DocumentReader {

    /**
     * Default largest file read, in bytes: 4 MiB, some 700,000 words, a hundred times a long news article.
     * CoreNLP tags a few thousand tokens a second per core, so a larger file would take many minutes.
     */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    /**
     * How many leading bytes are searched for a NUL byte, which marks a binary file; set by hand; not measured
     * separately.
     */
    private static final int BINARY_PROBE_BYTES = 8192;

    private final long maxBytes;

    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " <= 0");
        }
        this.maxBytes = maxBytes;
    }

    public static DocumentReader defaults() {
        return new DocumentReader(DEFAULT_MAX_BYTES);
    }

    /**
     * The text of {@code file}.
     *
     * @throws UnreadableDocumentException naming the file and what is wrong with it
     */
    public String read(Path file) {
        byte[] bytes;
        try {
            if (!Files.exists(file)) {
                throw new UnreadableDocumentException(file + ": no such file");
            }
            if (Files.isDirectory(file)) {
                throw new UnreadableDocumentException(file + ": is a directory");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file.toString(), size + " bytes");
            }
            // Devices, pipes and files still growing report no true size: read at most one byte past the limit.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readBounded(file.toString(), in);
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(file + ": cannot read: " + e.getMessage());
        }
        return decode(file.toString(), bytes);
    }

    /**
     * Reads {@code in} to its end, or fails as soon as it holds more than the limit, so that an endless stream
     * ({@code /dev/zero}, a runaway pipe) costs at most the limit in memory.
     */
    public byte[] readBounded(String document, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(document, "more than " + maxBytes + " bytes");
        }
        return bytes;
    }

    /**
     * The error for a document over the limit, for callers that know its size without reading it (a file
     * listing on a cluster): {@code "DOC: SIZE is over the limit of N bytes (…)"}.
     */
    public UnreadableDocumentException tooLarge(String document, String size) {
        return new UnreadableDocumentException(document + ": " + size + " is over the limit of " + maxBytes
                + " bytes (quotestance analyze --max-bytes raises it)");
    }

    /**
     * Checks text that arrives already decoded (a column of a data frame, a field of a JSON record) as
     * {@link #read} checks a file: at most the limit in UTF-8 bytes, no NUL character in its head.
     *
     * @return {@code text}
     * @throws UnreadableDocumentException naming {@code document} and what is wrong with it
     */
    public String check(String document, String text) {
        if (text == null) {
            throw new UnreadableDocumentException(document + ": no text (null)");
        }
        long bytes;
        try {
            bytes = Utf8.encodedLength(text); // also rejects a lone surrogate, which no file's UTF-8 can hold
        } catch (IllegalArgumentException e) {
            throw new UnreadableDocumentException(document + ": not valid text (" + e.getMessage() + ")");
        }
        if (bytes > maxBytes) {
            throw tooLarge(document, bytes + " bytes");
        }
        // The same probe as for bytes, in chars: a NUL char is a NUL byte in UTF-8.
        int probe = Math.min(text.length(), BINARY_PROBE_BYTES);
        for (int i = 0; i < probe; i++) {
            if (text.charAt(i) == 0) {
                throw new UnreadableDocumentException(document + ": not text (binary content at character " + i + ")");
            }
        }
        return text;
    }

    /** Decodes {@code bytes} as strict UTF-8, naming {@code document} in any error. */
    public String decode(String document, byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw tooLarge(document, bytes.length + " bytes");
        }
        int probe = Math.min(bytes.length, BINARY_PROBE_BYTES);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableDocumentException(document + ": not a text file (binary content at byte " + i + ")");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException(document + ": not valid UTF-8 text (" + e.getMessage() + ")");
        }
    }
}
