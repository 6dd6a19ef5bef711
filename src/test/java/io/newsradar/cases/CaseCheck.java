package io.newsradar.cases;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One check of a case folder ({@code expected.json}, schema {@code news-case/1}).
 *
 * @param folder   the case folder (input files are read from it as raw bytes)
 * @param caseName e.g. {@code 08-feed-html-entities}
 * @param name     the check's label
 * @param given    what the product is given
 * @param expect   what it must output
 */
record CaseCheck(Path folder, String caseName, String name, JsonNode given, JsonNode expect) {
    String task() {
        return given.path("task").asString("");
    }

    String givenText(String key) {
        JsonNode n = given.get(key);
        return n == null || n.isNull() ? null : n.asString();
    }

    /** @return the strings of an array under {@code expect}, empty when absent */
    List<String> expectList(String key) {
        return strings(expect.get(key));
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) n.forEach(x -> out.add(x.asString()));
        return out;
    }

    @Override
    public String toString() {
        return caseName + ": " + name;
    }
}
