package org.quotestance.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local[2], the driver bound to 127.0.0.1, no UI; one session for the whole test JVM. */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("quotestance-test")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
