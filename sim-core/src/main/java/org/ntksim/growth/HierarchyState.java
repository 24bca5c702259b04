package org.ntksim.growth;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;

/**
 * Who is where: for every universe node, its network and its address (struct-of-arrays), and for
 * every non-empty g-node of every network a record with its member count, its number of occupied
 * <em>real</em> child positions and an intrusive list of its members. The whole network is the
 * record of level {@code levels}.
 *
 * <p>A g-node is identified by (network, level, prefix) packed in one {@code long}: network id in
 * the top {@value #NET_BITS} bits, level in the next 5, then the positions of the levels {@code >= level}
 * in mixed radix {@code 2 · gsize} (so a virtual position {@code gsize .. 2·gsize-1} fits). Member lists
 * are doubly linked through {@code next/prev[level * n + node]}: placing or removing a node is
 * {@code O(levels)} hash operations, enumerating a g-node is {@code O(size)} even when it is internally
 * disconnected (which is what split handling needs).
 *
 * <p>Network ids are recycled (a free stack), so they stay below the universe size. Not thread-safe.
 */
public final class HierarchyState implements java.io.Serializable {
    /** Bits for the position prefix of a g-node key. */
    public static final int PREFIX_BITS = 38;
    /** Bits for the network id of a g-node key. */
    public static final int NET_BITS = 21;
    private static final int LEVEL_SHIFT = PREFIX_BITS;
    private static final int NET_SHIFT = PREFIX_BITS + 5;

    final int n;
    final int levels;
    final int[] gsize;          // level 0 first
    final long[] stride;        // mixed radix 2*gsize, level 0 first
    final int[] pos;            // node * levels + level; -1 when absent
    final int[] net;            // -1 when absent
    final long[] prefixes;      // node * levels + level: packed positions of levels >= level
    final int[] virtualTop;     // highest level with a virtual position, -1 if none
    final long[] joinSeq;       // when the node took its place in its network; smaller = elder
    private long joinCounter;

    private final Long2IntOpenHashMap recordOf = new Long2IntOpenHashMap();
    private final it.unimi.dsi.fastutil.longs.LongArrayList recKey = new it.unimi.dsi.fastutil.longs.LongArrayList();
    private final IntArrayList recParent = new IntArrayList();
    private final int[] nodeRec;        // node * (levels + 1) + level: record of the node's g-node
    private GnodeAdjacency adjacency;
    private final IntArrayList recMembers = new IntArrayList();
    private final IntArrayList recReal = new IntArrayList();
    private final IntArrayList recChildren = new IntArrayList();
    private final IntArrayList recHead = new IntArrayList();
    private final IntArrayList freeRecords = new IntArrayList();
    private final int[] next;
    private final int[] prev;
    private final long[] tmpKeys;
    private final int[] tmpRecs;

    private final IntArrayList freeNets = new IntArrayList();
    private final it.unimi.dsi.fastutil.longs.LongArrayList netBorn = new it.unimi.dsi.fastutil.longs.LongArrayList();
    private long netCounter;
    private int netsIssued;
    private int liveNetworks;

    /** State for {@code n} universe nodes and topology {@code gsizesTopFirst}; nobody present. */
    public HierarchyState(final int n, final int[] gsizesTopFirst) {
        if (n >= 1 << NET_BITS) {
            throw new IllegalArgumentException("universe too large for packed g-node keys: " + n + " nodes, at most "
                    + ((1 << NET_BITS) - 1));
        }
        this.n = n;
        levels = gsizesTopFirst.length;
        gsize = new int[levels];
        stride = new long[levels + 1];
        stride[0] = 1;
        for (int l = 0; l < levels; l++) {
            gsize[l] = gsizesTopFirst[levels - 1 - l];
            stride[l + 1] = stride[l] * 2L * gsize[l];
        }
        if (stride[levels] > 1L << PREFIX_BITS) {
            throw new IllegalArgumentException("topology " + Arrays.toString(gsizesTopFirst)
                    + " needs more than " + PREFIX_BITS + " bits of g-node prefix");
        }
        pos = new int[n * levels];
        Arrays.fill(pos, -1);
        net = new int[n];
        Arrays.fill(net, -1);
        joinSeq = new long[n];
        prefixes = new long[n * levels];
        virtualTop = new int[n];
        nodeRec = new int[(levels + 1) * n];
        next = new int[(levels + 1) * n];
        prev = new int[(levels + 1) * n];
        recordOf.defaultReturnValue(-1);
        tmpKeys = new long[levels + 1];
        tmpRecs = new int[levels + 1];
    }

    /** Number of levels. */
    public int levels() {
        return levels;
    }

    /** gsize of {@code level} (level 0 first). */
    public int gsize(final int level) {
        return gsize[level];
    }

    /** Whether {@code node} is in some network. */
    public boolean isPresent(final int node) {
        return net[node] >= 0;
    }

    /** Network of {@code node}, -1 if absent. */
    public int network(final int node) {
        return net[node];
    }

    /** Position of {@code node} at {@code level} (level 0 first), -1 if absent. */
    public int position(final int node, final int level) {
        return pos[node * levels + level];
    }

    /** A copy of the address of {@code node}, level 0 first. */
    public int[] address(final int node) {
        return Arrays.copyOfRange(pos, node * levels, node * levels + levels);
    }

    /** Whether every position of {@code node} from {@code fromLevel} up is real. */
    public boolean isRealFrom(final int node, final int fromLevel) {
        return virtualTop[node] < fromLevel;
    }

    /** Eldership order of {@code node}: smaller is elder. */
    public long joinSeq(final int node) {
        return joinSeq[node];
    }

    /** Number of networks with at least one node. */
    public int networkCount() {
        return liveNetworks;
    }

    /** Positions of levels {@code >= level} of {@code node}, packed (cached at placement). */
    long prefix(final int node, final int level) {
        return level == levels ? 0L : prefixes[node * levels + level];
    }

    static long key(final int network, final int level, final long prefix) {
        return ((long) network << NET_SHIFT) | ((long) level << LEVEL_SHIFT) | prefix;
    }

    /** Key of the level-{@code level} g-node of {@code node} (level {@code levels}: its network). */
    long keyOf(final int node, final int level) {
        return key(net[node], level, prefix(node, level));
    }

    /** Record id of a key, -1 if that g-node is empty. */
    int record(final long key) {
        return recordOf.get(key);
    }

    /** Record id of the level-{@code level} g-node of {@code node}. */
    int recordOf(final int node, final int level) {
        return recordOf.get(keyOf(node, level));
    }

    /** Record of the level-{@code level} g-node of present {@code node} (cached, no hashing). */
    int recAt(final int node, final int level) {
        return nodeRec[node * (levels + 1) + level];
    }

    /** Record of the g-node containing record {@code rec} one level up, -1 for a whole network. */
    int parentRecord(final int rec) {
        return recParent.getInt(rec);
    }

    /** Packed key of record {@code rec}. */
    long recordKey(final int rec) {
        return recKey.getLong(rec);
    }

    /** Level of record {@code rec}. */
    int recordLevel(final int rec) {
        return (int) ((recKey.getLong(rec) >>> LEVEL_SHIFT) & 31);
    }

    /** One member of record {@code rec}. */
    int anyMember(final int rec) {
        return recHead.getInt(rec);
    }

    /** Record of the child at {@code position} of record {@code rec} (level >= 1), -1 if empty. */
    int childRecord(final int rec, final int position) {
        final long k = recKey.getLong(rec);
        final int level = (int) ((k >>> LEVEL_SHIFT) & 31);
        final long prefixMask = (1L << PREFIX_BITS) - 1;
        final int network = (int) (k >>> NET_SHIFT);
        return recordOf.get(key(network, level - 1, (k & prefixMask) + position * stride[level - 1]));
    }

    /** Tells {@code listener} of every placement (after) and removal (before); one listener at most. */
    void attach(final GnodeAdjacency listener) {
        if (adjacency != null) {
            throw new IllegalStateException("an adjacency is already attached");
        }
        adjacency = listener;
    }

    /** Members of a record. */
    int members(final int rec) {
        return recMembers.getInt(rec);
    }

    /** Occupied child positions, real and virtual, of a record (level >= 1). */
    int children(final int rec) {
        return recChildren.getInt(rec);
    }

    /** Occupied real child positions of a record (level >= 1). */
    int realChildren(final int rec) {
        return recReal.getInt(rec);
    }

    /** Number of nodes in the network of {@code node}. */
    public int networkSize(final int node) {
        return recMembers.getInt(recordOf(node, levels));
    }

    /** Whether the level-{@code level} g-node of {@code node} has no free real child position. */
    boolean isSaturated(final int node, final int level) {
        return recReal.getInt(recordOf(node, level)) >= gsize[level - 1];
    }

    /**
     * Lowest free real position at level {@code level - 1} inside the level-{@code level} g-node of
     * {@code node}, or -1 if it is saturated.
     */
    int freeRealPosition(final int node, final int level) {
        if (isSaturated(node, level)) {
            return -1;
        }
        final int network = net[node];
        final long base = prefix(node, level);
        final int child = level - 1;
        for (int p = 0; p < gsize[child]; p++) {
            if (recordOf.get(key(network, child, base + p * stride[child])) < 0) {
                return p;
            }
        }
        throw new IllegalStateException("real child count out of step at level " + level);
    }

    /**
     * Lowest free virtual position ({@code gsize .. 2·gsize-1}) at level {@code level - 1} inside the
     * level-{@code level} g-node of {@code node}, or -1 if none.
     */
    int freeVirtualPosition(final int node, final int level) {
        final int network = net[node];
        final long base = prefix(node, level);
        final int child = level - 1;
        for (int p = gsize[child]; p < 2 * gsize[child]; p++) {
            if (recordOf.get(key(network, child, base + p * stride[child])) < 0) {
                return p;
            }
        }
        return -1;
    }

    /** Copies the members of a record into {@code out} (cleared first). */
    void membersOfRecord(final int rec, final int level, final IntArrayList out) {
        out.clear();
        for (int x = recHead.getInt(rec); x >= 0; x = next[level * n + x]) {
            out.add(x);
        }
    }

    /** Copies the members of the level-{@code level} g-node of {@code node} into {@code out}. */
    void membersOf(final int node, final int level, final IntArrayList out) {
        membersOfRecord(recordOf(node, level), level, out);
    }

    /** A fresh network id. */
    int newNetwork() {
        liveNetworks++;
        final int id;
        if (!freeNets.isEmpty()) {
            id = freeNets.popInt();
        } else {
            if (netsIssued >= 1 << NET_BITS) {
                throw new IllegalStateException("network ids exhausted");
            }
            id = netsIssued++;
            netBorn.add(0L);
        }
        netBorn.set(id, netCounter++);
        return id;
    }

    /** Creation order of the network of {@code node}: larger is younger. */
    public long networkBirth(final int node) {
        return netBorn.getLong(net[node]);
    }

    /** Gives {@code node} address {@code positions} (level 0 first) in {@code network}. */
    void place(final int node, final int network, final int[] positions, final boolean newEldership) {
        if (net[node] >= 0) {
            throw new IllegalStateException("node " + node + " is already placed");
        }
        net[node] = network;
        System.arraycopy(positions, 0, pos, node * levels, levels);
        long p = 0;
        int vTop = -1;
        for (int l = levels - 1; l >= 0; l--) {
            p += positions[l] * stride[l];
            prefixes[node * levels + l] = p;
            if (vTop < 0 && positions[l] >= gsize[l]) {
                vTop = l;
            }
        }
        virtualTop[node] = vTop;
        if (newEldership) {
            joinSeq[node] = joinCounter++;
        }
        int parent = -1;
        for (int l = levels; l >= 0; l--) {
            final long k = keyOf(node, l);
            int rec = recordOf.get(k);
            if (rec < 0) {
                rec = newRecord();
                recordOf.put(k, rec);
                recKey.set(rec, k);
                recParent.set(rec, parent);
                if (l < levels && positions[l] < gsize[l]) {
                    recReal.set(parent, recReal.getInt(parent) + 1);
                }
                if (l < levels) {
                    recChildren.set(parent, recChildren.getInt(parent) + 1);
                }
            }
            recMembers.set(rec, recMembers.getInt(rec) + 1);
            final int head = recHead.getInt(rec);
            next[l * n + node] = head;
            prev[l * n + node] = -1;
            if (head >= 0) {
                prev[l * n + head] = node;
            }
            recHead.set(rec, node);
            nodeRec[node * (levels + 1) + l] = rec;
            parent = rec;
        }
        if (adjacency != null) {
            adjacency.placed(node);
        }
    }

    /** Removes {@code node} from its network; its address becomes -1. */
    void unplace(final int node) {
        if (net[node] < 0) {
            throw new IllegalStateException("node " + node + " is not placed");
        }
        if (adjacency != null) {
            adjacency.removing(node);
        }
        final long[] keys = tmpKeys;
        final int[] recs = tmpRecs;
        for (int l = 0; l <= levels; l++) {
            keys[l] = keyOf(node, l);
            recs[l] = nodeRec[node * (levels + 1) + l];
        }
        for (int l = 0; l <= levels; l++) {
            final int rec = recs[l];
            final int nx = next[l * n + node];
            final int pv = prev[l * n + node];
            if (pv >= 0) {
                next[l * n + pv] = nx;
            } else {
                recHead.set(rec, nx);
            }
            if (nx >= 0) {
                prev[l * n + nx] = pv;
            }
            final int left = recMembers.getInt(rec) - 1;
            recMembers.set(rec, left);
            if (left == 0) {
                if (l < levels && pos[node * levels + l] < gsize[l]) {
                    recReal.set(recs[l + 1], recReal.getInt(recs[l + 1]) - 1);
                }
                if (l < levels) {
                    recChildren.set(recs[l + 1], recChildren.getInt(recs[l + 1]) - 1);
                }
                recordOf.remove(keys[l]);
                freeRecords.add(rec);
                if (l == levels) {
                    freeNets.push(net[node]);
                    liveNetworks--;
                }
            }
        }
        net[node] = -1;
        Arrays.fill(pos, node * levels, node * levels + levels, -1);
    }

    private int newRecord() {
        if (!freeRecords.isEmpty()) {
            final int r = freeRecords.popInt();
            recMembers.set(r, 0);
            recReal.set(r, 0);
            recChildren.set(r, 0);
            recHead.set(r, -1);
            return r;
        }
        recMembers.add(0);
        recReal.add(0);
        recChildren.add(0);
        recHead.add(-1);
        recKey.add(0L);
        recParent.add(-1);
        return recMembers.size() - 1;
    }

    /** Number of non-empty g-nodes of {@code level} over all networks, and their occupied real children. */
    long[] levelUse(final int level) {
        long gnodes = 0;
        long real = 0;
        for (final var e : recordOf.long2IntEntrySet()) {
            if ((int) ((e.getLongKey() >>> LEVEL_SHIFT) & 31) == level) {
                gnodes++;
                real += recReal.getInt(e.getIntValue());
            }
        }
        return new long[] {gnodes, real};
    }
}
