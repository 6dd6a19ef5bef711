package io.newsradar.digest;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * Mustache templates from the class-path folder {@code digest/}. {@code {{value}}} is escaped by the
 * format's escaper (HTML for {@code .html}, Markdown for {@code .md}); {@code {{{value}}}} is written as is
 * and is used only for values the digest itself produced (dates, counts, hashes, checked URLs).
 */
final class Templates {
    private Templates() {
    }

    /** @return a compiled template whose {@code {{value}}} tags are HTML-escaped ({@code & < > " ' ` =}) */
    static Mustache html(String name) {
        return new DefaultMustacheFactory("digest").compile(name);
    }

    /** @return a compiled template whose {@code {{value}}} tags go through {@code escaper} */
    static Mustache escapedWith(String name, UnaryOperator<String> escaper) {
        DefaultMustacheFactory f = new DefaultMustacheFactory("digest") {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(escaper.apply(value));
                } catch (IOException e) {
                    throw new MustacheException("cannot write template output", e);
                }
            }
        };
        return f.compile(name);
    }

    static String run(Mustache template, Object view) {
        StringWriter out = new StringWriter();
        try {
            template.execute(out, view).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
