/**
 * The ntksim command line: picocli commands and nothing else. This is the only package that parses
 * argv; every command delegates to sim-core and topology-gen and turns their validation errors
 * into one line on stderr and exit status 2.
 */
package org.ntksim.cli;
