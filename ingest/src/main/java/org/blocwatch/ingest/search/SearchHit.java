package org.blocwatch.ingest.search;

import org.blocwatch.model.PartialDate;

/** One ranked result: the document, its score and a snippet with the matches marked «thus». */
public record SearchHit(String id, String title, String language, PartialDate published, float score, String snippet) {}
