package org.ntksim.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every operation in run order and renders them as the blocks the replay prints:
 * {@code # system <name>} followed by its command lines, one block per contiguous run of one system.
 * Recording can be paused, so that a scenario can set up state that a page takes for granted.
 */
public final class CommandLog implements KernelSink {

    /** One recorded operation and the system that ran it. */
    public record Entry(String system, KernelOp op) { }

    private final List<Entry> entries = new ArrayList<>();
    private boolean recording = true;

    @Override
    public void emit(final String system, final KernelOp op) {
        if (recording) {
            entries.add(new Entry(system, op));
        }
    }

    /** Starts or stops keeping the operations that follow. */
    public void setRecording(final boolean recording) {
        this.recording = recording;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The command lines that {@code system} ran, in order. */
    public List<String> commandsOf(final String system, final LinuxCommandRenderer renderer) {
        final List<String> out = new ArrayList<>();
        for (final Entry e : entries) {
            if (e.system().equals(system)) {
                out.add(renderer.render(e.op()));
            }
        }
        return out;
    }

    /** The printable blocks; {@code onlySystem} null keeps every system. */
    public String render(final LinuxCommandRenderer renderer, final String onlySystem) {
        final StringBuilder sb = new StringBuilder();
        String current = null;
        for (final Entry e : entries) {
            if (onlySystem != null && !onlySystem.equals(e.system())) {
                continue;
            }
            if (!e.system().equals(current)) {
                if (current != null) {
                    sb.append('\n');
                }
                sb.append("# system ").append(e.system()).append('\n');
                current = e.system();
            }
            sb.append(renderer.render(e.op())).append('\n');
        }
        return sb.toString();
    }
}
