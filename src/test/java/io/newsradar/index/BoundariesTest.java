package io.newsradar.index;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered marking gives what the two pattern filters give: the same text and the same offset corrections. */
class BoundariesTest {
    private static final String[] TEXTS = {
        "First sentence. Second one!\n\nA new paragraph? Yes.\n  \n\tThird paragraph ends here.",
        "東京都は発表した。新しい方針（案）を示す！\n\n　次の段落です。「引用。」とした。",
        "No boundary at all",
        "",
        "Dr. Smith went to Washington. He said: \"Fine.\" Then left.\n\n\n\nEnd.",
    };

    @Test
    void rememberedMarkingEqualsThePatternFilters() throws IOException {
        for (int round = 0; round < 3; round++) { // first round made, later rounds remembered
            for (String text : TEXTS) {
                CharFilter expected = plain(text);
                String expectedText = readAll(expected);
                CharFilter marked = (CharFilter) Boundaries.mark(new StringReader(text));
                String markedText = readAll(marked);
                assertThat(markedText).as("round %d: %s", round, text).isEqualTo(expectedText);
                for (int off = 0; off <= markedText.length(); off++) {
                    assertThat(marked.correctOffset(off)).as("offset %d of %s", off, text)
                            .isEqualTo(expected.correctOffset(off));
                }
            }
        }
        assertThat(readAll(Boundaries.mark(new StringReader(TEXTS[0])))).contains(Boundaries.SENTENCE, Boundaries.PARAGRAPH);
    }

    /** The marking as it was made before it was remembered: the two filters chained. */
    private static CharFilter plain(String text) {
        Reader paragraphs = new PatternReplaceCharFilter(Pattern.compile("\\n[ \\t\\u3000]*\\n\\s*(?=\\S)"),
                "\n " + Boundaries.PARAGRAPH + " \n", new StringReader(text));
        return new PatternReplaceCharFilter(Pattern.compile("([。！？!?．]|\\.(?=\\s))(?=\\s*[^\\s」』）)\\]\"”’])"),
                "$1 " + Boundaries.SENTENCE + " ", paragraphs);
    }

    private static String readAll(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[7]; // small reads: the filters are read in pieces, as tokenizers do
        for (int n = r.read(buf); n >= 0; n = r.read(buf)) sb.append(buf, 0, n);
        return sb.toString();
    }
}
