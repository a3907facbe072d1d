package org.blocwatch.extract.rules;

import org.blocwatch.model.ClaimBody;

/** Where rules put what they found; the sentence's quote and provenance are added by the caller. */
public interface ClaimSink {
    void emit(ClaimBody body, String rule, double confidence);
}
