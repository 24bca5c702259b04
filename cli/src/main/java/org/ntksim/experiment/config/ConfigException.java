package org.ntksim.experiment.config;

/**
 * A bad experiment file. The message is the whole one-line report:
 * {@code FILE:LINE: key 'a.b': message} ({@code FILE:LINE: message} when no key is to blame,
 * {@code FILE: message} when there is no line).
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String key;

    /**
     * @param file the file as given by the user
     * @param line 1-based line, or 0 if unknown
     * @param key the dotted key to blame, or null
     * @param message what is wrong
     */
    public ConfigException(final String file, final int line, final String key, final String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (key != null ? "key '" + key + "': " : "") + message);
        this.line = line;
        this.key = key;
    }

    /** The 1-based line, 0 if unknown. */
    public int line() {
        return line;
    }

    /** The key, or null. */
    public String key() {
        return key;
    }
}
