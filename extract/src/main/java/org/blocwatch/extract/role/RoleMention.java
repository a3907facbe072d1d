package org.blocwatch.extract.role;

import org.blocwatch.model.Role;

/**
 * A role noun phrase: tokens [firstToken, endToken) including its "of" phrase, the role, and the
 * state or organisation it is an office of (null when the text does not say). {@code historical}
 * marks "damalige", "ehemalige", "former": the office was held in the past, not at the document's date.
 */
public record RoleMention(int firstToken, int endToken, Role role, String of, boolean historical) {}
