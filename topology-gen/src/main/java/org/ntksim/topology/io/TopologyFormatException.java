package org.ntksim.topology.io;

import java.io.IOException;

/**
 * A topology file does not have the expected form. The message starts with the source name and,
 * where known, the line, then the element (e.g. {@code links[12]}) and what was expected.
 */
public final class TopologyFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message the full message, source name first */
    public TopologyFormatException(final String message) {
        super(message);
    }

    /** @param message the full message, source name first; @param cause the parser's error */
    public TopologyFormatException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
