package org.blocwatch.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/** Stages run in order; each stage's requirements must be provided by an earlier stage. */
public final class Pipeline {
    private final List<Annotator> stages;

    public Pipeline(List<Annotator> stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Annotator stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty())
                throw new IllegalArgumentException(stage.getClass().getSimpleName() + " needs " + missing + " which no earlier stage provides");
            available.add(stage.provides());
        }
        this.stages = List.copyOf(stages);
    }

    public AnnotatedDocument annotate(org.blocwatch.model.SourceDocument source) { return annotate(source, null, null); }

    /**
     * Annotates, and when {@code nanos} is given (one slot per {@link Layer}) adds the time each
     * stage took by {@code clock} (nanoseconds: wall or CPU time) to its layer's slot: what a
     * benchmark of the layers reads.
     */
    public AnnotatedDocument annotate(org.blocwatch.model.SourceDocument source, long[] nanos, LongSupplier clock) {
        AnnotatedDocument doc = new AnnotatedDocument(source);
        for (Annotator stage : stages) {
            long start = nanos == null ? 0 : clock.getAsLong();
            stage.annotate(doc);
            doc.markDone(stage.provides());
            if (nanos != null) nanos[stage.provides().ordinal()] += clock.getAsLong() - start;
        }
        return doc;
    }
}
