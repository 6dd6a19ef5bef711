package io.newsradar.model;

/**
 * An analyst's standing question, as defined in the themes file.
 *
 * @param name        display name, unique in the file (e.g. {@code Semiconductor export controls}); never blank
 * @param description the brief in one or two sentences; never null
 * @param query       the query in newsradar's search syntax (see {@code io.newsradar.index.syntax.QuerySyntax}); never blank
 * @param version     a short hash of the definition as written, so a digest can say which definition it used
 */
public record Theme(String name, String description, String query, String version) {
    public Theme {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("theme name is blank");
        if (query == null || query.isBlank()) throw new IllegalArgumentException("theme '" + name + "' has no query");
        description = description == null ? "" : description;
        version = version == null ? "" : version;
    }
}
