package org.blocwatch.extract.rules;

/** The organisation a word belongs to, and whether it was named as the frame "within" which a standing is held. */
record OrgReference(String id, boolean within) {}
