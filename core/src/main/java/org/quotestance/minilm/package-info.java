/** The all-MiniLM-L6-v2 sentence encoder (quantized ONNX, in-process); the only code that imports langchain4j. */
package org.quotestance.minilm;
