package org.blocwatch.extract;

import java.util.Set;

/**
 * One stage of the pipeline, in the manner of Stanford CoreNLP: it declares the layers it reads
 * and the one layer it adds, so a pipeline can refuse a wrong order when it is built rather than
 * fail half-way through a document.
 */
public interface Annotator {

    Set<Layer> requires();

    Layer provides();

    void annotate(AnnotatedDocument doc);
}
