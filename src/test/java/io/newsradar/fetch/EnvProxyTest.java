package io.newsradar.fetch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EnvProxyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://news.example.com/a, proxy.corp:3128",
            "http://news.example.com/a, proxy.corp:8080",
            "https://intranet.corp.example/a, DIRECT",
            "https://wiki.intranet.corp.example/a, DIRECT",
            "http://127.0.0.1:8080/, DIRECT",
            "https://localhost/, DIRECT"})
    void proxiesAllButNoProxyAndLoopback(String url, String expected) {
        EnvProxy p = (EnvProxy) EnvProxy.from(Map.of("HTTPS_PROXY", "http://proxy.corp:3128",
                "http_proxy", "proxy.corp:8080", "no_proxy", "localhost,.intranet.corp.example,intranet.corp.example"));
        Proxy proxy = p.proxyFor(URI.create(url));
        String got = proxy.type() == Proxy.Type.DIRECT ? "DIRECT"
                : ((InetSocketAddress) proxy.address()).getHostString() + ":" + ((InetSocketAddress) proxy.address()).getPort();
        assertThat(got).isEqualTo(expected);
    }
}
