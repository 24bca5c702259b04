package org.ntksim.address;

/**
 * A topology or address that cannot exist, with a message that says what is wrong and what is
 * expected. Callers at the edge (CLI, scenario parser) print the message as it is.
 */
public final class AddressFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public AddressFormatException(final String message) {
        super(message);
    }
}
