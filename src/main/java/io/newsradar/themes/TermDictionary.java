package io.newsradar.themes;

import io.newsradar.index.Schema;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the terms the compiled theme queries use, so that one pass over an article's terms finds, with one hash
 * lookup per term, both which themes become candidates ({@link Presearcher}) and which postings the queries will
 * read ({@link ArticleTerms}). A <em>word</em> is a term's bytes, whatever the field; a <em>pair</em> is a word in
 * one text field ({@code title*}, {@code lead*}, {@code body*}). Registering a lead pair also registers the body
 * pair of the same word and family, because a view of part of the article rebuilds its lead from body tokens
 * ({@link TokenSlices}). A <em>prefix pair</em> stands for every term of a field that starts with given bytes (a
 * truncation). Filled while the matcher is built, read-only afterwards (safe to share between threads
 * once published through a final field).
 */
final class TermDictionary {
    /** Kinds of field a pair may be in. */
    static final int TITLE = 0, LEAD = 1, BODY = 2;

    private final Map<BytesRef, Word> words = new HashMap<>();
    private final Map<String, Integer> fields = new HashMap<>();
    private final List<String> fieldNames = new ArrayList<>();
    private final Map<String, Map<BytesRef, Integer>> prefixes = new HashMap<>();
    private final Map<String, Prefixes> frozen = new HashMap<>();
    private final Map<Object, Object> shared = new HashMap<>();
    private int slots;
    private int[] pairKind = new int[64];
    private int[] pairBody = new int[64];
    private int pairs;

    /** One word: its number and its pair per field number ({@code -1} when no query uses it there). */
    static final class Word {
        final int id;
        private int[] pairByField = new int[0];

        private Word(int id) {
            this.id = id;
        }

        /** @return the pair of this word in field {@code field}, or -1 */
        int pair(int field) {
            return field >= 0 && field < pairByField.length ? pairByField[field] : -1;
        }
    }

    /** @return the kind of a text field ({@link #TITLE}, {@link #LEAD}, {@link #BODY}), or -1 for other fields */
    static int kindOf(String field) {
        int us = field.indexOf('_');
        String base = us < 0 ? field : field.substring(0, us);
        if (base.equals(Schema.Text.TITLE.base())) return TITLE;
        if (base.equals(Schema.Text.LEAD.base())) return LEAD;
        if (base.equals(Schema.Text.BODY.base())) return BODY;
        return -1;
    }

    /** @return the word for these bytes, registered when new (bytes copied) */
    Word word(BytesRef bytes) {
        Word w = words.get(bytes);
        if (w == null) {
            w = new Word(words.size());
            words.put(BytesRef.deepCopyOf(bytes), w);
        }
        return w;
    }

    /** @return the registered word with these bytes, or null (no copy, no registration) */
    Word find(BytesRef bytes) {
        return words.get(bytes);
    }

    /** @return the number of a field the queries use, or -1 */
    int field(String name) {
        Integer id = fields.get(name);
        return id == null ? -1 : id;
    }

    /**
     * @param field a text field ({@link #kindOf} not -1)
     * @param bytes the term
     * @return the pair's number, registered when new
     */
    int pair(String field, BytesRef bytes) {
        int kind = kindOf(field);
        if (kind < 0) throw new IllegalArgumentException("not a text field: " + field);
        int body = kind == LEAD ? pair(Schema.Text.BODY.base() + field.substring(Schema.Text.LEAD.base().length()), bytes) : -1;
        Word w = word(bytes);
        int f = fields.computeIfAbsent(field, k -> {
            fieldNames.add(k);
            return fieldNames.size() - 1;
        });
        if (w.pairByField.length <= f) {
            int old = w.pairByField.length;
            w.pairByField = Arrays.copyOf(w.pairByField, f + 1);
            Arrays.fill(w.pairByField, old, f + 1, -1);
        }
        if (w.pairByField[f] < 0) w.pairByField[f] = newPair(kind, body);
        return w.pairByField[f];
    }

    /**
     * @param field  a text field ({@link #kindOf} not -1)
     * @param prefix the bytes every matching term starts with (a truncation such as {@code licen*})
     * @return the number of the pair "any term with this prefix in this field", registered when new
     */
    int prefix(String field, BytesRef prefix) {
        int kind = kindOf(field);
        if (kind < 0) throw new IllegalArgumentException("not a text field: " + field);
        Map<BytesRef, Integer> inField = prefixes.computeIfAbsent(field, k -> new HashMap<>());
        Integer known = inField.get(prefix);
        if (known != null) return known;
        int body = kind == LEAD ? prefix(Schema.Text.BODY.base() + field.substring(Schema.Text.LEAD.base().length()), prefix) : -1;
        int id = newPair(kind, body);
        inField.put(BytesRef.deepCopyOf(prefix), id);
        return id;
    }

    /** @return the prefixes registered in a field, or null when none (call after all registrations) */
    Prefixes prefixes(String field) {
        Map<BytesRef, Integer> inField = prefixes.get(field);
        if (inField == null) return null;
        Prefixes p = frozen.get(field);
        if (p == null) throw new IllegalStateException("prefixes of " + field + " read before freeze()");
        return p;
    }

    /** Prepares the prefix lookups; call once all queries are compiled, before tagging. */
    void freeze() {
        frozen.clear();
        prefixes.forEach((field, map) -> frozen.put(field, new Prefixes(map)));
    }

    /** The prefixes of one field, for testing each term of an article against all of them quickly. */
    static final class Prefixes {
        private final Map<BytesRef, Integer> pairs;
        private final int[] lengths;
        private final boolean[] firstTwo = new boolean[1 << 16];
        private final boolean short_;

        private Prefixes(Map<BytesRef, Integer> pairs) {
            this.pairs = Map.copyOf(pairs);
            this.lengths = pairs.keySet().stream().mapToInt(b -> b.length).distinct().sorted().toArray();
            boolean anyShort = false;
            for (BytesRef b : pairs.keySet()) {
                if (b.length < 2) anyShort = true;
                else firstTwo[key(b)] = true;
            }
            this.short_ = anyShort;
        }

        private static int key(BytesRef b) {
            return (b.bytes[b.offset] & 0xff) << 8 | (b.bytes[b.offset + 1] & 0xff);
        }

        /** Calls {@code found} with the pair of every registered prefix of {@code term}. */
        void match(BytesRef term, java.util.function.IntConsumer found) {
            if (!short_ && (term.length < 2 || !firstTwo[key(term)])) return;
            BytesRef head = new BytesRef(term.bytes, term.offset, 0);
            for (int length : lengths) {
                if (length > term.length) break;
                head.length = length;
                Integer pair = pairs.get(head);
                if (pair != null) found.accept(pair);
            }
        }
    }

    private int newPair(int kind, int body) {
        if (pairs == pairKind.length) {
            pairKind = Arrays.copyOf(pairKind, pairs * 2);
            pairBody = Arrays.copyOf(pairBody, pairs * 2);
        }
        pairKind[pairs] = kind;
        pairBody[pairs] = body;
        return pairs++;
    }

    /**
     * @return the value already registered under an equal key, else {@code fresh} (then registered): lets equal
     *         query parts of different themes share one compiled node, so a view computes them once
     */
    @SuppressWarnings("unchecked")
    <T> T shared(Object key, java.util.function.Supplier<T> fresh) {
        Object known = shared.get(key);
        if (known == null) {
            known = fresh.get(); // may register parts of its own (not computeIfAbsent: no nested updates there)
            shared.put(key, known);
        }
        return (T) known;
    }

    /**
     * @return a new memo slot: a small integer, distinct per call, under which a shared node keeps its result on
     *         a {@link TermView} ({@link TermView#recall})
     */
    int newSlot() {
        return slots++;
    }

    /** @return the number of words registered */
    int words() {
        return words.size();
    }

    /** @return the number of pairs registered */
    int pairs() {
        return pairs;
    }

    /** @return the field kind of a pair */
    int kind(int pair) {
        return pairKind[pair];
    }

    /** @return for a lead pair, the pair of the same word in the body field of the same family; else -1 */
    int bodyOf(int pair) {
        return pairBody[pair];
    }
}
