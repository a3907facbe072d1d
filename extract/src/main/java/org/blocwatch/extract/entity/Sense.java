package org.blocwatch.extract.entity;

import org.blocwatch.model.AliasKind;
import org.blocwatch.model.Entity;

/** One thing a matched name can denote: the entity and why the name denotes it. */
public record Sense(Entity entity, AliasKind via) {}
