package org.ntksim.scenario;

/** Bad scenario input, located: its message reads {@code file:line: what is wrong}. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioException(final String file, final int line, final String message) {
        super(file + ":" + line + ": " + message);
    }
}
