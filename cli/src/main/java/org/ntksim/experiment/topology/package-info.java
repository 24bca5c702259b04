/**
 * The topology parameters shared by every experiment model (generator, size, degree, file, arc
 * costs): their declaration, their checks and the construction of the {@link
 * org.ntksim.topology.MeshGraph} of a parameter point from topology-gen's generators and importers.
 */
package org.ntksim.experiment.topology;
