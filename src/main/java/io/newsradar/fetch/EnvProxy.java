package io.newsradar.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP(S) proxy of an office network: the JVM's proxy properties ({@code https.proxyHost},
 * {@code http.proxyHost}, {@code http.nonProxyHosts}) when set, else the usual environment variables
 * {@code https_proxy}, {@code http_proxy} and {@code no_proxy} (lower or upper case; {@code no_proxy} entries are
 * host suffixes, {@code .example.com} or {@code example.com}, or {@code *}). Loopback is never proxied.
 */
final class EnvProxy extends ProxySelector {
    private final Proxy https;
    private final Proxy http;
    private final List<String> noProxy;

    private EnvProxy(Proxy https, Proxy http, List<String> noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
    }

    /** @return the selector for this JVM and environment (the JDK default when no proxy variable is set) */
    static ProxySelector from(Map<String, String> env) {
        if (System.getProperty("https.proxyHost") != null || System.getProperty("http.proxyHost") != null) {
            return ProxySelector.getDefault();
        }
        Proxy https = parse(var(env, "https_proxy"));
        Proxy http = parse(var(env, "http_proxy"));
        if (https == null && http == null) return ProxySelector.getDefault();
        List<String> no = new ArrayList<>();
        String list = var(env, "no_proxy");
        if (list != null) {
            for (String s : list.split(",")) if (!s.isBlank()) no.add(s.strip().toLowerCase(Locale.ROOT));
        }
        return new EnvProxy(https, http, no);
    }

    private static String var(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank() ? v : env.get(name.toUpperCase(Locale.ROOT));
    }

    private static Proxy parse(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            URI u = URI.create(value.contains("://") ? value.strip() : "http://" + value.strip());
            if (u.getHost() == null) return null;
            int port = u.getPort() > 0 ? u.getPort() : 80;
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(u.getHost(), port));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public List<Proxy> select(URI uri) {
        return List.of(proxyFor(uri));
    }

    /** @return the proxy for {@code uri}, or {@link Proxy#NO_PROXY} */
    Proxy proxyFor(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")) {
            return Proxy.NO_PROXY;
        }
        for (String n : noProxy) {
            String bare = n.startsWith(".") ? n.substring(1) : n;
            if (n.equals("*") || host.equals(bare) || host.endsWith("." + bare)) return Proxy.NO_PROXY;
        }
        Proxy p = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
        return p == null ? Proxy.NO_PROXY : p;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to remember: the fetch reports the failure
    }
}
