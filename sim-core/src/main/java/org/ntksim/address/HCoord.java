package org.ntksim.address;

/** TEMPORARY STUB. Hierarchical coordinate: the level-{@code level} g-node at {@code pos}. */
public record HCoord(int level, int pos) { }
