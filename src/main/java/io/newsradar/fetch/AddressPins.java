package io.newsradar.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Makes the connection use the addresses the private-address check saw (no DNS rebinding between check and
 * connect). {@link FetchRoute} looks a host up, checks every address, then {@link #pin}s them; HttpClient's own
 * look-up of the same host, which may come after a politeness wait of seconds, is answered from the pin instead
 * of asking DNS again, where a hostile name server could now answer with 127.0.0.1 or 10.x.
 *
 * <p>Installed as the JVM's {@link InetAddressResolverProvider} (JEP 418, Java 18+) through
 * {@code META-INF/services/java.net.spi.InetAddressResolverProvider}; every look-up of a name that is not pinned,
 * or whose pin is older than {@link #TTL_MS} ms, goes to the built-in resolver unchanged, so other code in the
 * process sees no difference. Pins honour the caller's {@link InetAddressResolver.LookupPolicy} (IPv4 or IPv6 only,
 * which first). Thread-safe.
 */
public final class AddressPins extends InetAddressResolverProvider {
    /** How long a pin answers for its host, ms: longer than the longest politeness wait plus a fetch. */
    static final long TTL_MS = 10 * 60_000L;
    /** Most pins kept; beyond it the table is cleared (the crawl only needs the recent ones). */
    private static final int MAX_PINS = 100_000;

    private record Pin(List<InetAddress> addresses, long at) {}

    private static final Map<String, Pin> PINS = new ConcurrentHashMap<>();

    /** Public for {@link java.util.ServiceLoader}. */
    public AddressPins() {}

    /**
     * Records the addresses a host was checked with, so later look-ups of it in this process get exactly these.
     *
     * @param host      the host name as in the URL (case-insensitive); IP literals need no pin
     * @param addresses the checked addresses, not empty
     */
    static void pin(String host, InetAddress[] addresses) {
        if (addresses.length == 0) return;
        if (PINS.size() >= MAX_PINS) PINS.clear();
        PINS.put(host.toLowerCase(Locale.ROOT), new Pin(List.of(addresses), System.currentTimeMillis()));
    }

    /** @return the addresses pinned for {@code host}, or an empty list */
    static List<InetAddress> pinned(String host) {
        Pin pin = PINS.get(host.toLowerCase(Locale.ROOT));
        return pin == null ? List.of() : pin.addresses();
    }

    /** @return whether the running JVM resolves names through this provider (false when another one was installed) */
    static boolean installed() {
        String probe = "pin-probe.newsradar.invalid";
        try {
            pin(probe, new InetAddress[] {InetAddress.getByAddress(probe, new byte[] {(byte) 192, 0, 2, 1})});
            return InetAddress.getByName(probe).getAddress()[0] == (byte) 192;
        } catch (UnknownHostException e) {
            return false;
        } finally {
            PINS.remove(probe);
        }
    }

    @Override
    public InetAddressResolver get(Configuration configuration) {
        InetAddressResolver builtin = configuration.builtinResolver();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                Pin pin = PINS.get(host.toLowerCase(Locale.ROOT));
                if (pin == null || System.currentTimeMillis() - pin.at() > TTL_MS) return builtin.lookupByName(host, policy);
                List<InetAddress> allowed = allowed(pin.addresses(), policy.characteristics());
                if (allowed.isEmpty()) return builtin.lookupByName(host, policy);
                return allowed.stream();
            }

            @Override
            public String lookupByAddress(byte[] address) throws UnknownHostException {
                return builtin.lookupByAddress(address);
            }
        };
    }

    /** The pinned addresses the policy's flags allow, in the order it asks for. */
    private static List<InetAddress> allowed(List<InetAddress> pinned, int flags) {
        boolean v4 = (flags & InetAddressResolver.LookupPolicy.IPV4) != 0;
        boolean v6 = (flags & InetAddressResolver.LookupPolicy.IPV6) != 0;
        Stream<InetAddress> kept = pinned.stream()
                .filter(a -> a instanceof Inet4Address ? v4 : !(a instanceof Inet6Address) || v6);
        if ((flags & InetAddressResolver.LookupPolicy.IPV4_FIRST) != 0) {
            kept = kept.sorted(Comparator.comparingInt(a -> a instanceof Inet4Address ? 0 : 1));
        } else if ((flags & InetAddressResolver.LookupPolicy.IPV6_FIRST) != 0) {
            kept = kept.sorted(Comparator.comparingInt(a -> a instanceof Inet6Address ? 0 : 1));
        }
        return kept.toList();
    }

    @Override
    public String name() {
        return "newsradar address pins";
    }

    @Override
    public String toString() {
        return name() + " " + Arrays.toString(PINS.keySet().toArray());
    }
}
