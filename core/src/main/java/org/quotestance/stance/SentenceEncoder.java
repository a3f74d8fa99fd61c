package org.quotestance.stance;

import java.util.List;

/** Maps sentences to fixed-length vectors. Implementations are thread-safe. */
public interface SentenceEncoder {

    /** The vector length. */
    int dimensions();

    /** One vector per text, in order. */
    List<float[]> encode(List<String> texts);
}
