package org.ntksim.model;

/** An operation that the current state does not allow (unknown identity, wrong phase, ...). */
public final class ModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModelException(final String message) {
        super(message);
    }
}
