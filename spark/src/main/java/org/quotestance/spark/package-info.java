/**
 * QuoteStance on Apache Spark: {@link org.quotestance.spark.QuoteStanceSpark#analyze} over a {@code Dataset<Row>}
 * of articles, {@link org.quotestance.spark.QuoteStanceTransformer} for ML pipelines, and
 * {@link org.quotestance.spark.QuoteStanceJob}, the {@code spark-submit} entry point. The result column's type,
 * {@link org.quotestance.spark.ResultSchema#RESULT}, is the JSON Lines contract as a struct. Spark is a provided
 * dependency.
 */
package org.quotestance.spark;
