package io.newsradar.cases;

import io.newsradar.config.FetchSettings;
import io.newsradar.fetch.HttpFetcher;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh product state for one check: the loopback web of its {@code responses}, fetch settings pointing the
 * real fetcher at it ({@code connect_to}, private addresses allowed, no politeness delay, the check's
 * {@code config}), and an empty data directory.
 */
final class CaseContext implements AutoCloseable {
    private final CaseCheck check;
    private final CaseServer server;
    private final FetchSettings settings;
    private final Path dataDir;
    private HttpFetcher fetcher;

    CaseContext(CaseCheck check, Path dataDir) throws IOException {
        this.check = check;
        this.dataDir = dataDir;
        this.server = new CaseServer(responses(check), check.expectList("must_not_request"));
        this.settings = configure(FetchSettings.defaults(), check.given().path("config"))
                .withConnectTo(server.connectTo()).withAllowPrivate(true).withPolitenessDelayMs(0);
    }

    private static Map<String, CaseServer.Canned> responses(CaseCheck check) throws IOException {
        Map<String, CaseServer.Canned> out = new LinkedHashMap<>();
        for (JsonNode r : check.given().path("responses")) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (var h : r.path("headers").properties()) {
                if (h.getValue().isArray()) h.getValue().forEach(v -> headers.add(Map.entry(h.getKey(), v.asString())));
                else headers.add(Map.entry(h.getKey(), h.getValue().asString()));
            }
            byte[] body = r.hasNonNull("body_file") ? Files.readAllBytes(check.folder().resolve(r.get("body_file").asString()))
                    : r.path("body_text").asString("").getBytes(StandardCharsets.UTF_8);
            out.put(r.path("url").asString(), new CaseServer.Canned(r.path("status").asInt(200), headers, body));
        }
        return out;
    }

    private static FetchSettings configure(FetchSettings s, JsonNode config) {
        FetchSettings out = s;
        if (config.has("max_body_bytes")) out = out.withMaxBodyBytes(config.get("max_body_bytes").asLong());
        if (config.has("read_timeout_ms") || config.has("connect_timeout_ms")) {
            out = out.withTimeouts(config.path("connect_timeout_ms").asLong(out.connectTimeoutMs()),
                    config.path("read_timeout_ms").asLong(out.readTimeoutMs()));
        }
        return out;
    }

    CaseCheck check() {
        return check;
    }

    FetchSettings settings() {
        return settings;
    }

    CaseServer server() {
        return server;
    }

    Path dataDir() {
        return dataDir;
    }

    /** @return a fetcher on the case's web, created on first use and closed with the context */
    HttpFetcher fetcher() {
        if (fetcher == null) fetcher = new HttpFetcher(settings);
        return fetcher;
    }

    /** @return {@code given.crawl_time}, or null */
    Instant crawlTime() {
        String t = check.givenText("crawl_time");
        return t == null ? null : CaseText.instant(t);
    }

    /** @return {@code given.site_timezone}, or null */
    String siteZone() {
        return check.givenText("site_timezone");
    }

    @Override
    public void close() {
        if (fetcher != null) fetcher.close();
        server.close();
    }
}
