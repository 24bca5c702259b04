package org.ntksim.experiment;

/** The value types a model parameter can have; each maps to one TOML type (an integer is accepted for a real). */
public enum ParameterType {
    /** A TOML integer, held as {@link Long}. */
    INTEGER("an integer"),
    /** A TOML float (or integer), held as {@link Double}; must be finite. */
    REAL("a number"),
    /** A TOML string, held as {@link String}. */
    STRING("a string"),
    /** A TOML boolean, held as {@link Boolean}. */
    BOOLEAN("a boolean");

    private final String description;

    ParameterType(final String description) {
        this.description = description;
    }

    /** "an integer", "a number", ... for error messages. */
    public String description() {
        return description;
    }
}
