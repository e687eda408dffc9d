package org.ecocorridor.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTest {
    /** BCrypt at its minimum strength (4) keeps the test fast; the cache does not depend on it. */
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-11-22T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final VerifiedPasswordCache cache = new VerifiedPasswordCache(counting, Duration.ofMinutes(5), clock);

    @Test
    void aSuccessfulCheckIsRememberedUntilItExpires() {
        String hash = cache.encode("s3cret");
        assertTrue(cache.matches("s3cret", hash));
        assertTrue(cache.matches("s3cret", hash));
        assertTrue(cache.matches("s3cret", hash));
        assertEquals(1, checks.get(), "BCrypt runs once, then the check is remembered");

        now = now.plus(Duration.ofMinutes(5)).plusMillis(1);
        assertTrue(cache.matches("s3cret", hash));
        assertEquals(2, checks.get(), "an expired entry is checked with BCrypt again");
    }

    @Test
    void failedChecksAreNeverRemembered() {
        String hash = cache.encode("s3cret");
        assertFalse(cache.matches("guess", hash));
        assertFalse(cache.matches("guess", hash));
        assertEquals(2, checks.get(), "every wrong guess still costs a BCrypt check");
    }

    @Test
    void aChangedPasswordHashMissesTheCache() {
        String oldHash = cache.encode("s3cret");
        assertTrue(cache.matches("s3cret", oldHash));
        String newHash = cache.encode("n3w-secret"); // the admin changed the password
        assertFalse(cache.matches("s3cret", newHash), "the old password does not match the new hash");
        assertTrue(cache.matches("n3w-secret", newHash));
        assertEquals(3, checks.get());
    }

    @Test
    void theSamePasswordUnderAnotherHashIsCheckedAgain() {
        // Two users with the same password have different salts, hence different keys.
        String a = cache.encode("shared");
        String b = cache.encode("shared");
        assertTrue(cache.matches("shared", a));
        assertTrue(cache.matches("shared", b));
        assertEquals(2, checks.get());
    }

    @Test
    void theOldestEntryIsDroppedBeyondTheBound() {
        // A plain delegate ("hash" = "h:" + password) so that a thousand entries cost nothing.
        AtomicInteger plainChecks = new AtomicInteger();
        PasswordEncoder plain = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "h:" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                plainChecks.incrementAndGet();
                return encoded.equals("h:" + raw);
            }
        };
        VerifiedPasswordCache bounded = new VerifiedPasswordCache(plain, Duration.ofMinutes(5), clock);
        for (int i = 0; i <= VerifiedPasswordCache.MAX_ENTRIES; i++) { // one more than the bound
            assertTrue(bounded.matches("p" + i, "h:p" + i));
        }
        int before = plainChecks.get();
        assertTrue(bounded.matches("p" + VerifiedPasswordCache.MAX_ENTRIES, "h:p" + VerifiedPasswordCache.MAX_ENTRIES));
        assertEquals(before, plainChecks.get(), "the newest entry is remembered");
        assertTrue(bounded.matches("p0", "h:p0"));
        assertEquals(before + 1, plainChecks.get(), "the oldest entry was dropped and is checked again");
    }
}
