package org.blocwatch.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

    public AnnotatedDocument annotate(org.blocwatch.model.SourceDocument source) {
        AnnotatedDocument doc = new AnnotatedDocument(source);
        for (Annotator stage : stages) {
            stage.annotate(doc);
            doc.markDone(stage.provides());
        }
        return doc;
    }
}
