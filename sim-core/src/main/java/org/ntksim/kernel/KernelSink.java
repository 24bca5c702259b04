package org.ntksim.kernel;

/** Receives the kernel operations of every system, in the order the systems run them. */
@FunctionalInterface
public interface KernelSink {

    /** System {@code system} runs {@code op} now. */
    void emit(String system, KernelOp op);
}
