package io.newsradar.index;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * An article's place in a story (near-duplicate group), as written to its document.
 *
 * @param id     the story id ({@link Schema#STORY}): the id of the story's earliest-first-seen member
 * @param bands  the body's LSH band terms ({@link Schema#STORY_BAND}); empty for a body too short to compare
 * @param sketch the body's MinHash sketch ({@link Schema#STORY_SKETCH})
 */
public record Story(String id, List<String> bands, int[] sketch) {
    public Story {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("story id is blank");
        bands = List.copyOf(bands);
        sketch = sketch.clone();
    }

    /** @return a copy of the sketch */
    @Override
    public int[] sketch() {
        return sketch.clone();
    }

    /** @return the sketch as big-endian 32-bit values */
    public byte[] sketchBytes() {
        ByteBuffer b = ByteBuffer.allocate(sketch.length * Integer.BYTES);
        for (int v : sketch) b.putInt(v);
        return b.array();
    }

    /** @return the sketch encoded by {@link #sketchBytes()} */
    static int[] sketchOf(byte[] bytes, int offset, int length) {
        ByteBuffer b = ByteBuffer.wrap(bytes, offset, length);
        int[] out = new int[length / Integer.BYTES];
        for (int i = 0; i < out.length; i++) out[i] = b.getInt();
        return out;
    }
}
