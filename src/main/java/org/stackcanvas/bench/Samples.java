package org.stackcanvas.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Repeated measurements of one figure, in one unit (ms or MB); medians, not means, because the machines are noisy. */
public record Samples(String unit, List<Double> values) {

    public Samples {
        Objects.requireNonNull(unit, "unit");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
    }

    public static Samples millis(long[] nanos) {
        return new Samples("ms", Arrays.stream(nanos).mapToObj(n -> n / 1e6).toList());
    }

    public static Samples of(String unit, double... values) {
        return new Samples(unit, Arrays.stream(values).boxed().toList());
    }

    public double median() {
        double[] sorted = sorted();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public double min() {
        return sorted()[0];
    }

    public double max() {
        double[] sorted = sorted();
        return sorted[sorted.length - 1];
    }

    private double[] sorted() {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
