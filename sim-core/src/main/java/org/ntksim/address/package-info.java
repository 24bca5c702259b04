/**
 * TEMPORARY STUB of the lead's address package (replay branch only): removed before merging main,
 * where the real one lives. Same names and contracts as announced.
 */
package org.ntksim.address;
