package org.ntksim.address;

/** TEMPORARY STUB. */
public enum PrefixKind { GLOBAL, ANONYMIZING, INTERNAL }
