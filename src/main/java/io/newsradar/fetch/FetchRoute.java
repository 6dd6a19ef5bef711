package io.newsradar.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;

/**
 * Decides where a logical URL is sent: the host itself, or, with {@code connect_to} (like curl's
 * {@code --connect-to}), another {@code host:port} spoken to in plain HTTP while the logical URL stays as it
 * is. Refuses every scheme but http and https, and loopback, private (RFC 1918, RFC 4193), shared (RFC 6598),
 * link-local, multicast and unspecified addresses unless private fetching is allowed. Checked before every
 * hop, so a redirect to such an address is refused as well; the checked addresses are pinned ({@link AddressPins}),
 * so the connection cannot be pointed elsewhere by a second DNS answer.
 */
final class FetchRoute {
    /** Where to send the request: {@code wire} is what HttpClient connects to. */
    record Target(URI wire, InetAddress address) {
    }

    private final Map<String, String> connectTo;
    private final boolean allowPrivate;
    private final java.net.ProxySelector proxy;

    /** @param proxy the proxy selector in use: a proxied host is resolved by the proxy, so only IP literals are checked */
    FetchRoute(Map<String, String> connectTo, boolean allowPrivate, java.net.ProxySelector proxy) {
        this.connectTo = connectTo;
        this.allowPrivate = allowPrivate;
        this.proxy = proxy;
    }

    Target resolve(URI logical) throws FetchProblem {
        String scheme = logical.getScheme() == null ? "" : logical.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchProblem(FetchError.SCHEME_REFUSED, "only http and https are fetched, not " + scheme + ":");
        }
        String host = logical.getHost();
        if (host == null || host.isBlank()) throw new FetchProblem(FetchError.BAD_URL, "no host in URL");
        int port = logical.getPort() > 0 ? logical.getPort() : scheme.equals("https") ? 443 : 80;
        String mapped = connectTo.get(host.toLowerCase(Locale.ROOT) + ":" + port);
        if (mapped == null) mapped = connectTo.get("*");
        if (mapped != null) return mappedTarget(logical, mapped);
        if (proxied(logical) && !isIpLiteral(host) && !host.equalsIgnoreCase("localhost")) {
            return new Target(logical, null); // the proxy resolves the name; local DNS may not know it
        }
        InetAddress[] addresses = lookup(host);
        for (InetAddress a : addresses) refuseIfPrivate(a);
        if (!isIpLiteral(host)) AddressPins.pin(host, addresses); // the connection then uses these, not a new DNS answer
        return new Target(logical, addresses[0]);
    }

    private Target mappedTarget(URI logical, String hostPort) throws FetchProblem {
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port = colon < 0 ? 80 : Integer.parseInt(hostPort.substring(colon + 1));
        InetAddress[] addresses = lookup(host);
        InetAddress address = addresses[0];
        refuseIfPrivate(address);
        if (!isIpLiteral(host)) AddressPins.pin(host, new InetAddress[] {address});
        try {
            String path = logical.getRawPath() == null || logical.getRawPath().isEmpty() ? "/" : logical.getRawPath();
            String query = logical.getRawQuery() == null ? "" : "?" + logical.getRawQuery();
            return new Target(new URI("http://" + hostPort + path + query), address);
        } catch (URISyntaxException e) {
            throw new FetchProblem(FetchError.BAD_URL, "cannot map " + logical + " to " + hostPort);
        }
    }

    private boolean proxied(URI uri) {
        if (proxy == null) return false;
        try {
            return proxy.select(uri).stream().anyMatch(p -> p.type() != java.net.Proxy.Type.DIRECT);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+") || host.contains(":");
    }

    private static InetAddress[] lookup(String host) throws FetchProblem {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchProblem(FetchError.UNKNOWN_HOST, "unknown host " + host);
        }
    }

    private void refuseIfPrivate(InetAddress a) throws FetchProblem {
        if (!allowPrivate && isNonPublic(a)) {
            throw new FetchProblem(FetchError.PRIVATE_ADDRESS, "private address refused (use --allow-private)");
        }
    }

    /** @return true for loopback, private, shared, link-local, multicast and unspecified addresses */
    static boolean isNonPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254);
        }
        return a instanceof Inet6Address && (b[0] & 0xFE) == 0xFC; // fc00::/7 unique local
    }
}
