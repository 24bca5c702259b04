package org.ntksim.kernel;

/**
 * A network namespace of one system: the default one (where the main identity lives) or a named one
 * (where a connectivity identity lives). Commands in a named namespace are prefixed by
 * {@code ip netns exec <name>}.
 */
public record Netns(String name) {

    /** The default namespace of a system; its name is empty because commands there carry no prefix. */
    public static final Netns DEFAULT = new Netns("");

    public boolean isDefault() {
        return name.isEmpty();
    }

    @Override
    public String toString() {
        return isDefault() ? "(default)" : name;
    }
}
