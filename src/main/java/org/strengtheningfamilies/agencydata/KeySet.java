package org.strengtheningfamilies.agencydata;

/**
 * The keys of a file seen so far, to reject a second row with the same record and period. A
 * 64-bit hash and a line number per row (12 bytes a slot, 24 MB for a million rows) rather than the
 * key strings, which would cost ten times that. Two different keys with the same 64-bit hash are
 * possible in theory (for a file of a million rows, about one chance in 30 million).
 */
final class KeySet {

    private long[] hashes = new long[1 << 14];
    private int[] lines = new int[1 << 14];
    private int size;

    /** Adds the key; returns the line it was first seen on, or -1 when it is new. */
    long addOrLine(String key, long line) {
        long hash = hash(key);
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        lines[slot] = (int) Math.min(line, Integer.MAX_VALUE);
        if (++size * 4L > hashes.length * 3L) {
            grow();
        }
        return -1;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new int[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            long hash = oldHashes[i];
            if (hash != 0) {
                int slot = (int) (hash ^ (hash >>> 32)) & mask;
                while (hashes[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = hash;
                lines[slot] = oldLines[i];
            }
        }
    }

    /** FNV-1a over the characters, then the SplitMix64 finaliser to spread the bits; never 0. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
