package nl.shopfloor.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalPathFilterTest {

    @Test
    void plainPathsPass() {
        assertThat(CanonicalPathFilter.canonical("/")).as("S-PATH").isTrue();
        assertThat(CanonicalPathFilter.canonical("/api/capacity")).isTrue();
        assertThat(CanonicalPathFilter.canonical("/dashboard/")).isTrue();
        assertThat(CanonicalPathFilter.canonical("/jakarta.faces.resource/core.js.xhtml")).isTrue();
        assertThat(CanonicalPathFilter.canonical("/widget/0a1b2c3d4e5f/chat.js")).isTrue();
        assertThat(CanonicalPathFilter.canonical("/demo/photos/lisa.svg")).isTrue();
    }

    @Test
    void trickedPathsAreRefused() {
        for (String path : new String[] {"/api/capacity;x", "/api/capacity;jsessionid=abc", "//api/capacity", "/api//capacity",
                "/api/./capacity", "/api/../api/capacity", "/api/capacity/.", "/api/%2e/capacity", "/api/%2E%2E/capacity",
                "/api%2fcapacity", "/api%2Fcapacity", "/api%5ccapacity", "/api\\capacity", "/api/capacity%3b", "/api/%252e/x",
                "/api/capacity%00"}) {
            assertThat(CanonicalPathFilter.canonical(path)).as("S-PATH %s", path).isFalse();
        }
    }
}
