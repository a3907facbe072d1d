package org.blocwatch.model;

import java.util.Locale;

/**
 * Offices of the exchange format, plus two that organisations need: the CIS's executive secretary
 * (chief executive of its Executive Committee) and the chair of a collegial body (the Eurasian
 * Economic Commission's board).
 */
public enum Role {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEPUTY_FOREIGN_MINISTER, DEFENCE_MINISTER,
    ENERGY_MINISTER, SECRETARY_GENERAL, EXECUTIVE_SECRETARY, CHIEF_OF_JOINT_STAFF, SPOKESPERSON, SPEAKER, CHAIR;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Role fromWire(String text) { return Wire.parse(Role.class, text, "role"); }
}
