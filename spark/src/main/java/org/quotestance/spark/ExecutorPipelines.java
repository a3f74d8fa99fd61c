package org.quotestance.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.quotestance.QuoteStance;
import org.quotestance.io.RosterReader;
import org.quotestance.topic.TopicReader;

/**
 * One {@link QuoteStance} per configuration per JVM: the first task of an executor that needs it builds it,
 * every later task and thread of that JVM shares it ({@link QuoteStance#analyze} is thread-safe). The CoreNLP
 * and stance models behind it load once per JVM in any case.
 */
final class ExecutorPipelines {

    /** What a pipeline is built from: the topics and roster, as JSON (null for the defaults). */
    record Key(String topicsJson, String rosterJson) {
    }

    /** A pipeline, or why it could not be built (kept, so that every later article fails at once, not slowly). */
    private record Built(QuoteStance pipeline, RuntimeException failure) {
    }

    private static final Map<Key, Built> PIPELINES = new ConcurrentHashMap<>();
    private static final Map<Key, AtomicInteger> BUILDS = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    /**
     * This JVM's pipeline for the topics and roster of {@code options}, built on the first call.
     *
     * @throws IllegalStateException naming the cause when the pipeline could not be built (on the first call,
     *                               the cause itself), on every call, without trying again
     */
    static QuoteStance get(AnalyzeOptions options) {
        Built built = PIPELINES.computeIfAbsent(new Key(options.topicsJson(), options.rosterJson()), key -> {
            try {
                return new Built(build(key), null);
            } catch (RuntimeException e) {
                return new Built(null, e);
            }
        });
        if (built.failure() != null) {
            throw new IllegalStateException("the QuoteStance pipeline could not be built: " + built.failure(), built.failure());
        }
        return built.pipeline();
    }

    /**
     * A pipeline built from {@code key}.
     *
     * @throws org.quotestance.io.InvalidInputException when the topics or the roster are not valid
     */
    private static QuoteStance build(Key key) {
        QuoteStance.Builder b = QuoteStance.builder();
        if (key.topicsJson() != null) {
            b.topics(new TopicReader().parse("topics", key.topicsJson()));
        }
        if (key.rosterJson() != null) {
            b.roster(new RosterReader().parse("roster", key.rosterJson()));
        }
        QuoteStance pipeline = b.build();
        BUILDS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return pipeline;
    }

    /** How many pipelines this JVM has built for the topics and roster of {@code options} (tests check it is one). */
    static int builds(AnalyzeOptions options) {
        AtomicInteger n = BUILDS.get(new Key(options.topicsJson(), options.rosterJson()));
        return n == null ? 0 : n.get();
    }
}
