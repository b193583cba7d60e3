package cn.wanggezhili.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Javadoc of the suite's event records, read from the services' (and platform's) source: the one place their
 * meaning is written. A type's comment is the one directly before its declaration; a component is described by the
 * sentences (or clauses between semicolons) of its record's comment that name it as {@code {@code name}}.
 */
final class Javadocs {

    /** Where the sources are, from the suite module (the working directory of its tests). */
    private static final List<Path> SOURCE_ROOTS = sourceRoots();

    private static final Map<Path, String> FILES = new HashMap<>();

    private Javadocs() {
    }

    /** The Javadoc directly before {@code type}'s declaration, raw (tags kept), or empty if it has none. */
    static Optional<String> rawOf(Class<?> type) {
        String source = sourceOf(type);
        Matcher m = Pattern.compile("(?:/\\*\\*((?:(?!\\*/).)*)\\*/\\s*)?(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
                + "(?:(?:public|protected|private|static|final|sealed|non-sealed|abstract)\\s+)*"
                + "(?:record|enum|interface|class)\\s+" + type.getSimpleName() + "\\b", Pattern.DOTALL).matcher(source);
        if (!m.find()) {
            throw new IllegalStateException("no declaration of " + type.getName() + " in its source file: is "
                    + "the installed jar older than the source? (./mvnw install the service)");
        }
        return Optional.ofNullable(m.group(1)).map(Javadocs::withoutStars).map(String::strip);
    }

    /** The Javadoc directly before the accessor {@code name()} that {@code type} (an interface) declares. */
    static Optional<String> rawOfAccessor(Class<?> type, String name) {
        Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*[\\w.<>?, ]+\\s+" + name + "\\(\\)\\s*;", Pattern.DOTALL)
                .matcher(sourceOf(type));
        return m.find() ? Optional.of(withoutStars(m.group(1)).strip()) : Optional.empty();
    }

    /** {@code type}'s Javadoc as plain text (its main description, without block tags). */
    static Optional<String> of(Class<?> type) {
        return rawOf(type).map(Javadocs::plain).filter(s -> !s.isEmpty());
    }

    /** The first sentence of {@code type}'s Javadoc as plain text. */
    static Optional<String> firstSentenceOf(Class<?> type) {
        return rawOf(type).map(raw -> plain(clauses(raw, false).get(0))).filter(s -> !s.isEmpty());
    }

    /**
     * The sentences or clauses of a raw Javadoc that name the component {@code name} ({@code {@code name}}), as plain
     * text; for {@code code}, also those that speak of a grid code or a unit's code.
     */
    static Optional<String> clausesNaming(String raw, String name) {
        List<String> found = new ArrayList<>();
        for (String clause : clauses(raw, true)) {
            boolean names = clause.contains("{@code " + name + "}")
                    || name.equals("code") && (clause.contains("grid code") || clause.contains("unit's code"));
            if (names) {
                found.add(sentence(clause, plain(clause)));
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", found));
    }

    /** Plain text: {@code {@code x}} and {@code {@link X}} as x and X, tags and line breaks gone. */
    static String plain(String raw) {
        String text = mainDescription(raw)
                .replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")
                .replaceAll("\\{@link(?:plain)? #?([\\w.]+)#(\\w+)[^}]*}", "$1.$2")
                .replaceAll("\\{@link(?:plain)? [\\w.#]+ ([^}]+)}", "$1")
                .replaceAll("\\{@link(?:plain)? #?([\\w.]+)}", "$1")
                .replaceAll("</?[a-zA-Z][^>]*>", " ");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Sentences, and with {@code semicolons} also the clauses between semicolons. */
    private static List<String> clauses(String raw, boolean semicolons) {
        String text = mainDescription(raw).replaceAll("\\s+", " ").strip();
        // a sentence ends at a full stop before a space and a capital or a tag, outside brackets, not at "e.g."
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            boolean end = depth <= 0 && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && (c == ';' && semicolons || (c == '.' || c == '!' || c == '?')
                    && "ABCDEFGHIJKLMNOPQRSTUVWXYZ{<(".indexOf(text.charAt(i + 2)) >= 0
                    && !text.startsWith("e.g.", i - 3) && !text.startsWith("i.e.", i - 3));
            if (end) {
                parts.add(text.substring(start, c == ';' ? i : i + 1).strip());
                start = i + 2;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    /** A clause as a sentence: capital first letter (unless it is a component's name), full stop at the end. */
    private static String sentence(String raw, String clause) {
        String s = clause.strip();
        if (s.isEmpty()) {
            return s;
        }
        if (!raw.strip().startsWith("{@code")) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s.endsWith(".") || s.endsWith(".)") ? s : s + ".";
    }

    /**
     * The comment before its block tags, without what it says of {@code toString} (which keeps names and free text
     * off the services' logs: nothing a reader of the events sees).
     */
    private static String mainDescription(String raw) {
        int tag = raw.indexOf("\n@");
        String main = (tag < 0 ? raw : raw.substring(0, tag)).replaceAll("\\s+", " ");
        if (main.startsWith("@")) {
            return "";
        }
        return main.replaceAll(" \\(\\{@link #toString}\\)", "")
                .replaceAll(",? (?:so|and) (?:its )?\\{@link #toString}[^.;]*", "")
                .replaceAll("(?:^|(?<=[.;] ))[^.;]*\\{@link #toString}[^.;]*[.;]\\s*", "")
                .strip();
    }

    private static String withoutStars(String comment) {
        return comment.replaceAll("(?m)^\\s*\\*( |$)?", "");
    }

    private static String sourceOf(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String relative = top.getName().replace('.', '/') + ".java";
        for (Path root : SOURCE_ROOTS) {
            Path file = root.resolve(relative);
            if (Files.isRegularFile(file)) {
                return FILES.computeIfAbsent(file, Javadocs::read);
            }
        }
        throw new IllegalStateException("no source of " + top.getName() + " under " + SOURCE_ROOTS);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sourceRoots() {
        List<Path> roots = new ArrayList<>();
        for (String group : List.of("../services", "../platform")) {
            try (Stream<Path> modules = Files.list(Path.of(group))) {
                modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().forEach(roots::add);
            } catch (IOException e) {
                throw new UncheckedIOException("the suite's tests run in suite/, beside " + group, e);
            }
        }
        return roots;
    }
}
