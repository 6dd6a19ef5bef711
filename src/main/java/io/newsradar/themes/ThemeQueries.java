package io.newsradar.themes;

import io.newsradar.index.Analyzers;
import io.newsradar.index.Schema;
import io.newsradar.query.QueryException;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.List;

/** Compiles a theme query (aliases already expanded) into a Lucene query over the index's text fields. */
final class ThemeQueries {
    private ThemeQueries() {}

    static Query compile(String expanded) {
        List<String> fields = new ArrayList<>();
        fields.addAll(Schema.Text.TITLE.fields());
        fields.addAll(Schema.Text.BODY.fields());
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), Analyzers.perField());
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(expanded);
        } catch (ParseException e) {
            throw new QueryException(e.getMessage().lines().findFirst().orElse("cannot parse"), 0);
        }
    }
}
