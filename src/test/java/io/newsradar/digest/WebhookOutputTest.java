package io.newsradar.digest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static io.newsradar.digest.SampleDigests.withItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook against a real HTTP server on loopback. */
class WebhookOutputTest {
    private static Renditions digest() {
        return new Renditions(withItem("中国発AIディープシークの台頭", "https://news.example.jp/a/1"), List.of(DigestFormat.MD));
    }

    @Test
    void postsTheJsonDigestWithAnIdempotencyKey() throws Exception {
        try (HookServer hook = new HookServer(204)) {
            new WebhookOutput(URI.create(hook.url() + "?token=secret"), Duration.ofSeconds(5)).deliver(digest());
            HookServer.Received r = hook.received.getFirst();
            assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(r.idempotencyKey()).isEqualTo(AtomDigestRenderer.entryId(digest().digest()));
            JsonNode json = JsonMapper.builder().build().readTree(r.body());
            assertThat(json.get("digest").asString()).isEqualTo("daily");
            assertThat(json.get("themes").get(0).get("articles").get(0).get("title").asString()).isEqualTo("中国発AIディープシークの台頭");
            assertThat(json.get("themes").get(0).get("trend").get("spike").asBoolean()).isTrue();
        }
    }

    @Test
    void non2xxIsAFailureAndTheDescriptionHidesTheQuery() throws Exception {
        try (HookServer hook = new HookServer(503)) {
            WebhookOutput out = new WebhookOutput(URI.create(hook.url() + "?token=secret"), Duration.ofSeconds(5));
            assertThatThrownBy(() -> out.deliver(digest())).isInstanceOf(DeliveryException.class)
                    .hasMessageContaining("HTTP 503").hasMessageNotContaining("secret");
        }
    }

    @Test
    void refusedConnectionIsAFailure() throws Exception {
        String url;
        try (HookServer hook = new HookServer()) {
            url = hook.url();
        } // closed: nothing listens there now
        WebhookOutput out = new WebhookOutput(URI.create(url), Duration.ofSeconds(2));
        assertThatThrownBy(() -> out.deliver(digest())).isInstanceOf(DeliveryException.class).hasMessageStartingWith("webhook http://127.0.0.1:");
    }

    @Test
    void onlyHttpUrls() {
        assertThatThrownBy(() -> new WebhookOutput(URI.create("file:///etc/passwd"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
