package org.ecocorridor.server.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A {@link PasswordEncoder} that remembers, for a short time, the password checks that succeeded.
 *
 * <p>Why: the server is stateless HTTP Basic (what QGIS and GDAL send), so every request of a
 * signed-in client carries the password, and BCrypt (strength 10, the default) spends tens of
 * milliseconds of CPU to check it, by design. A QGIS map of owner-only layers asks for dozens of tiles per pan; without a
 * cache each one would pay that. The user's row is still read from the store on every request
 * (roles, enabled flag), only the hash comparison is remembered.
 *
 * <p>What is kept: HMAC-SHA-256 of (stored hash, NUL, raw password) under a random key drawn at
 * start-up and never stored, for checks that matched, at most {@value #MAX_ENTRIES} entries, each
 * for {@link #ttl}. The key contains the stored hash, so a password change (a new salt and hash)
 * misses at once; failed checks are never remembered, so guessing still costs BCrypt per try. The
 * secret HMAC key (rather than a plain SHA-256) means a leaked heap dump without that key gives
 * no fast way to test password guesses against the entries. Encoding new passwords is delegated
 * unchanged.
 *
 * <p>Thread-safe.
 */
final class VerifiedPasswordCache implements PasswordEncoder {
    static final int MAX_ENTRIES = 1024;
    private static final String HMAC = "HmacSHA256";

    /** 256 random bits, for this process only. */
    private final SecretKeySpec secret;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    /** Key → expiry (epoch ms), oldest first; guarded by itself. */
    private final Map<String, Long> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    VerifiedPasswordCache(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
        byte[] bits = new byte[32];
        new SecureRandom().nextBytes(bits);
        this.secret = new SecretKeySpec(bits, HMAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        long now = clock.millis();
        synchronized (verified) {
            Long expiry = verified.get(key);
            if (expiry != null) {
                if (expiry > now) {
                    return true;
                }
                verified.remove(key);
            }
        }
        if (!delegate.matches(rawPassword, encodedPassword)) {
            return false;
        }
        synchronized (verified) {
            verified.put(key, now + ttl.toMillis());
        }
        return true;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String key(CharSequence raw, String encoded) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            mac.update(encoded.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is required of every Java platform", e);
        }
    }
}
