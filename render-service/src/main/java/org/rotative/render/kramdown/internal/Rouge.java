package org.rotative.render.kramdown.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How kramdown writes code with Jekyll's syntax highlighter, Rouge, and Jekyll's default language {@code plaintext}:
 * which languages get the highlighter's markup, and the classes it then takes. The colouring itself (Rouge's token
 * spans) is not reproduced.
 */
public final class Rouge {

    /** Jekyll's {@code syntax_highlighter_opts.default_lang}: code without a language is highlighted as plain text. */
    public static final String DEFAULT_LANGUAGE = "plaintext";
    private static final String HIGHLIGHTER_CLASS = "highlighter-rouge";
    /** kramdown's {@code extract_code_language}: the first {@code language-xxx} class names the language. */
    private static final Pattern LANGUAGE_CLASS = Pattern.compile("\\blanguage-(\\S+)");
    private static final Set<String> LANGUAGES = load("rouge-languages.txt");

    /** The language a class attribute names ({@code language-ruby}), or null. */
    public static String language(String classes) {
        if (classes == null) {
            return null;
        }
        Matcher m = LANGUAGE_CLASS.matcher(classes);
        return m.find() ? m.group(1) : null;
    }

    /** The class attribute without its first language class ({@code extract_code_language!}); null when empty. */
    public static String withoutLanguage(String classes) {
        String rest = classes == null ? "" : LANGUAGE_CLASS.matcher(classes).replaceFirst("").strip();
        return rest.isEmpty() ? null : rest;
    }

    /**
     * Whether Rouge has a lexer for a language (null: the default one), written as kramdown passes it: a tag or alias,
     * case-sensitive, with Rouge's {@code ?option=value} suffix allowed.
     */
    public static boolean highlights(String language) {
        String name = language == null ? DEFAULT_LANGUAGE : language;
        int options = name.indexOf('?');
        return LANGUAGES.contains(options < 0 ? name : name.substring(0, options));
    }

    /**
     * The classes of highlighted code ({@code add_syntax_highlighter_to_class_attr}): {@code highlighter-rouge} added
     * last, and {@code language-xxx} replacing a language class the attribute starts with, or put first.
     */
    public static String highlightedClasses(String classes, String language) {
        String all = ((classes == null ? "" : classes) + " " + HIGHLIGHTER_CLASS).stripLeading();
        Matcher leading = LANGUAGE_CLASS.matcher(all);
        String languageClass = "language-" + language;
        return leading.lookingAt() ? languageClass + all.substring(leading.end()) : languageClass + " " + all;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Rouge.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + Rouge.class);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private Rouge() {
    }
}
