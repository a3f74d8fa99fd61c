/**
 * The ONNX models, run in-process: the all-MiniLM-L6-v2 sentence encoder (quantized, from langchain4j; the only
 * code that imports langchain4j) and the fine-tuned stance cross-encoder with its WordPiece tokenizer.
 */
package org.quotestance.minilm;
