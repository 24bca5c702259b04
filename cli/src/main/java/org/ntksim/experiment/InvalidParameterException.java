package org.ntksim.experiment;

/**
 * A parameter point a model cannot run (a cross-check failed, e.g. a topology too small for the
 * node count); {@link #key()} names the parameter the message is about, so the config reader can
 * point at the line that set it.
 */
public final class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;

    /** @param key the parameter to blame; @param message what is wrong, without the key */
    public InvalidParameterException(final String key, final String message) {
        super(message);
        this.key = key;
    }

    /** The parameter to blame. */
    public String key() {
        return key;
    }
}
