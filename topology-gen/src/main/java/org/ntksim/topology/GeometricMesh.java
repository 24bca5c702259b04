package org.ntksim.topology;

/**
 * A mesh whose nodes have positions in the unit square, as made by
 * {@link MeshGenerators#unitDisk}: {@code x[v]}, {@code y[v]} is the position of node {@code v} of
 * {@code graph}. The arrays are shared, not copied: treat them as read-only.
 */
public record GeometricMesh(MeshGraph graph, double[] x, double[] y) {
    /** Validates that there is one position per node. */
    public GeometricMesh {
        if (x.length != graph.nodeCount() || y.length != graph.nodeCount()) {
            throw new IllegalArgumentException("expected " + graph.nodeCount() + " positions, got x "
                    + x.length + ", y " + y.length);
        }
    }

    /** Euclidean distance between nodes {@code u} and {@code v} (correctly rounded sqrt). */
    public double distance(final int u, final int v) {
        final double dx = x[u] - x[v];
        final double dy = y[u] - y[v];
        return Math.sqrt(dx * dx + dy * dy);
    }
}
