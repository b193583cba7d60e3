package cn.wanggezhili.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a harness parameter from a system property, falling back to the value stated at the top of the harness.
 * Overrides exist for short smoke runs ({@code -Dbench.measureSeconds=2}); published numbers use the defaults.
 */
final class BenchProperty {

    private BenchProperty() {
    }

    static int integer(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    static List<Integer> integers(String name, String fallback) {
        return words(name, fallback).stream().map(Integer::parseInt).toList();
    }

    private static List<String> words(String name, String fallback) {
        String value = System.getProperty(name);
        String text = value == null || value.isBlank() ? fallback : value;
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
