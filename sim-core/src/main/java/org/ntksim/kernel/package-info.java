/**
 * Kernel operations as typed values ({@link org.ntksim.kernel.KernelOp}) and their rendering as the
 * exact Linux command lines of the proof of concept ({@link org.ntksim.kernel.LinuxCommandRenderer}).
 * The network model emits operations; only this package knows the command syntax.
 * Not thread-safe.
 */
package org.ntksim.kernel;
