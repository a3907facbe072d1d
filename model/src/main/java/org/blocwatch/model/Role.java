package org.blocwatch.model;

import java.util.Locale;

/** Offices of the exchange format. */
public enum Role {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, FOREIGN_MINISTER, DEPUTY_FOREIGN_MINISTER, DEFENCE_MINISTER,
    ENERGY_MINISTER, SECRETARY_GENERAL, CHIEF_OF_JOINT_STAFF, SPOKESPERSON, SPEAKER, CHAIR;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Role fromWire(String text) { return Wire.parse(Role.class, text, "role"); }
}
