package io.newsradar.index.dedup;

/** 64-bit mixing for shingle and MinHash values (the SplitMix64 finaliser, Steele, Lea and Flood 2014). */
final class Hashing {
    private Hashing() {}

    /** @return a well-mixed 64-bit value of {@code x}; a bijection, so distinct inputs never collide */
    static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
