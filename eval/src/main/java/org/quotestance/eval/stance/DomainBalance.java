package org.quotestance.eval.stance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quotestance.stance.StanceInput;

/**
 * How the stance trainers balance their data: each label counts equally within its domain (a weight), and
 * each domain is visited about as often as the largest in every epoch (a small domain's examples repeat;
 * under AdaGrad a mere weight would be cancelled).
 */
final class DomainBalance {

    private final List<LabeledStance> data;
    private final Map<StanceInput.Domain, int[]> counts = new EnumMap<>(StanceInput.Domain.class);

    DomainBalance(List<LabeledStance> data) {
        this.data = data;
        for (LabeledStance x : data) {
            counts.computeIfAbsent(x.input().domain(), k -> new int[3])[x.label().ordinal()]++;
        }
    }

    /** The example indices of one epoch, before shuffling: each repeated for its domain's share. */
    List<Integer> visits() {
        int largest = counts.values().stream().mapToInt(DomainBalance::total).max().orElse(1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            long repeats = Math.max(1, Math.round((double) largest / total(counts.get(data.get(i).input().domain()))));
            for (int r = 0; r < repeats; r++) {
                order.add(i);
            }
        }
        return order;
    }

    /** The loss weight of {@code x}: inverse to its label's frequency within its domain. */
    double weight(LabeledStance x) {
        int[] c = counts.get(x.input().domain());
        return total(c) / (3.0 * Math.max(1, c[x.label().ordinal()]));
    }

    private static int total(int[] c) {
        return c[0] + c[1] + c[2];
    }
}
