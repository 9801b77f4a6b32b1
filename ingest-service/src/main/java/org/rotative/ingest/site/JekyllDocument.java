package org.rotative.ingest.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rotative.ingest.frontmatter.FrontMatterException;

/**
 * What Jekyll 4.3 derives from one collection document: slug, title, date, categories, permalink and whether it is
 * published. Mirrors {@code Jekyll::Document#populate_title}, {@code Drops::UrlDrop}, {@code Jekyll::URL} and
 * {@code Jekyll::Publisher}.
 *
 * @param articleId   {@code <collection>/<file name without extension>} ({@code _posts}: without the date prefix)
 * @param slug        Jekyll's slug (file name without extension and date prefix, or front matter {@code slug})
 * @param title       front matter {@code title}, else the titleized slug
 * @param date        the document's date, or null when neither the front matter nor the file name gives one
 * @param categories  categories (front matter {@code category}/{@code categories})
 * @param tags        tags (front matter {@code tag}/{@code tags})
 * @param permalink   the decoded URL path of the page
 * @param unpublished why Jekyll would not publish it, or null when it would
 */
public record JekyllDocument(String articleId, String slug, String title, OffsetDateTime date,
        List<String> categories, List<String> tags, String permalink, String unpublished) {

    private static final String FUTURE = "dated in the future";

    /** Held only because of its date: publish it when the date comes. */
    public boolean embargoed() {
        return unpublished != null && unpublished.startsWith(FUTURE);
    }

    /** Jekyll's {@code DATE_FILENAME_MATCHER}, on the file name. */
    private static final Pattern DATED_NAME = Pattern.compile("^(\\d{2,4}-\\d{1,2}-\\d{1,2})-(.*)$");
    /** Jekyll's {@code SLUGIFY_PRETTY_REGEXP}. */
    private static final Pattern PRETTY_UNSAFE = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    /** Jekyll's {@code SLUGIFY_DEFAULT_REGEXP}. */
    private static final Pattern DEFAULT_UNSAFE = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Map<String, String> PERMALINK_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final String OUTPUT_EXT = ".html";

    /** Expands a named permalink style ({@code date}, {@code pretty}…) to its pattern. */
    static String permalinkPattern(String style) {
        return style == null ? null : PERMALINK_STYLES.getOrDefault(style, style);
    }

    /**
     * @param site        the site's configuration
     * @param collection  the collection (its name without underscore)
     * @param pathInCollection path of the file below the collection folder, with {@code /} separators
     * @param frontMatter the file's own front matter
     * @param now         the site's build time, for future-dated documents
     * @throws FrontMatterException when a value Jekyll needs is unusable (an invalid date)
     */
    public static JekyllDocument of(SiteConfig site, CollectionConfig collection, String pathInCollection,
            Map<String, Object> frontMatter, Instant now) {
        String relativePath = "_" + collection.name() + "/" + pathInCollection;
        Map<String, Object> data = SiteConfig.deepMerge(site.defaultsFor(relativePath, collection.name()),
                frontMatter);

        String fileName = fileName(pathInCollection);
        String baseName = baseName(fileName);
        Matcher dated = DATED_NAME.matcher(baseName);
        String slug = slug(dated, baseName);
        String articleId = articleId(collection.name(), pathInCollection);

        OffsetDateTime date = date(data.get("date"), site.timezone());
        if (date == null && dated.matches()) {
            date = date(dated.group(1), site.timezone());
        }
        String sluggish = data.get("slug") != null ? String.valueOf(data.get("slug")) : slug;
        Object title = data.get("title");
        List<String> categories = pluralized(data, "category", "categories");
        List<String> tags = pluralized(data, "tag", "tags");

        String cleanedPath = pathInCollection.substring(0, pathInCollection.length() - (fileName.length()
                - baseName.length())).replaceAll("\\.+$", "");
        OffsetDateTime urlDate = date != null ? date : OffsetDateTime.ofInstant(now, site.timezone());
        Map<String, Supplier<String>> placeholders = placeholders(collection.name(), cleanedPath, slug,
                sluggish, categories, urlDate);
        Object ownPermalink = data.get("permalink");
        String pattern = ownPermalink != null ? String.valueOf(ownPermalink)
                : collection.effectivePermalink(site.permalink());
        String permalink = url(pattern, placeholders, relativePath);

        String unpublished = null;
        if (Boolean.FALSE.equals(data.get("published"))) {
            unpublished = "published: false";
        } else if (!collection.output()) {
            unpublished = "collection " + collection.name() + " has output: false";
        } else if (date != null && date.toInstant().isAfter(now)) {
            unpublished = FUTURE + " (" + date + ")";
        }
        return new JekyllDocument(articleId, slug,
                title != null ? String.valueOf(title) : titleize(slug), date, categories, tags, permalink,
                unpublished);
    }

    /**
     * The article id of a file: {@code <collection>/<file name without extension>}, without the date prefix in
     * {@code _posts}. It depends on the path alone, so even a file whose front matter is broken has one.
     */
    public static String articleId(String collection, String pathInCollection) {
        String baseName = baseName(fileName(pathInCollection));
        return collection + "/" + (SiteConfig.POSTS.equals(collection)
                ? slug(DATED_NAME.matcher(baseName), baseName) : baseName);
    }

    private static String fileName(String pathInCollection) {
        return pathInCollection.substring(pathInCollection.lastIndexOf('/') + 1);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Jekyll's slug: the name without its date prefix and trailing dots. */
    private static String slug(Matcher dated, String baseName) {
        return (dated.matches() ? dated.group(2) : baseName).replaceAll("\\.+$", "");
    }

    /** Jekyll's {@code Utils.parse_date}: a YAML timestamp, a date (midnight, site time) or a date string. */
    private static OffsetDateTime date(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).trim();
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from,
                    java.time.LocalDateTime::from);
            if (parsed instanceof OffsetDateTime t) {
                return t;
            }
            return ((java.time.LocalDateTime) parsed).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new FrontMatterException("invalid date '" + text + "'", 0, 0,
                        "write the date as YYYY-MM-DD HH:MM:SS +HH:MM, or YYYY-MM-DD");
            }
        }
    }

    /** Jekyll's {@code Utils.pluralized_array_from_hash}: a list, or a string of space-separated words. */
    private static List<String> pluralized(Map<String, Object> data, String singular, String plural) {
        Object value = data.get(singular) != null ? data.get(singular) : data.get(plural);
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> out.add(String.valueOf(v)));
        } else {
            Arrays.stream(String.valueOf(value).split("\\s+")).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return List.copyOf(out);
    }

    private static Map<String, Supplier<String>> placeholders(String collection, String path, String slug,
            String sluggish, List<String> categories, OffsetDateTime date) {
        Map<String, Supplier<String>> p = new LinkedHashMap<>();
        p.put("collection", () -> collection);
        p.put("path", () -> "/" + path);
        p.put("output_ext", () -> OUTPUT_EXT);
        p.put("name", () -> slugify(slug, DEFAULT_UNSAFE).toLowerCase(Locale.ROOT));
        p.put("title", () -> slugify(sluggish, PRETTY_UNSAFE));
        p.put("slug", () -> slugify(sluggish, DEFAULT_UNSAFE).toLowerCase(Locale.ROOT));
        p.put("categories", () -> {
            Set<String> set = new LinkedHashSet<>();
            categories.forEach(c -> set.add(c.toLowerCase(Locale.ROOT)));
            return String.join("/", set);
        });
        p.put("slugified_categories", () -> {
            Set<String> set = new LinkedHashSet<>();
            categories.forEach(c -> set.add(slugify(c, DEFAULT_UNSAFE).toLowerCase(Locale.ROOT)));
            return String.join("/", set);
        });
        p.put("year", () -> String.format("%04d", date.getYear()));
        p.put("month", () -> String.format("%02d", date.getMonthValue()));
        p.put("day", () -> String.format("%02d", date.getDayOfMonth()));
        p.put("i_month", () -> String.valueOf(date.getMonthValue()));
        p.put("i_day", () -> String.valueOf(date.getDayOfMonth()));
        p.put("short_year", () -> String.format("%02d", date.getYear() % 100));
        p.put("hour", () -> String.format("%02d", date.getHour()));
        p.put("minute", () -> String.format("%02d", date.getMinute()));
        p.put("second", () -> String.format("%02d", date.getSecond()));
        p.put("y_day", () -> String.format("%03d", date.getDayOfYear()));
        return p;
    }

    /** Jekyll's {@code URL#generate_url_from_drop} then {@code sanitize_url}, left decoded. */
    private static String url(String pattern, Map<String, Supplier<String>> placeholders,
            String relativePath) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Supplier<String> value = placeholders.get(name);
            if (value == null && name.endsWith("_")) {
                // ":title_" lets a placeholder be followed by letters; Jekyll tries both names.
                value = placeholders.get(name.substring(0, name.length() - 1));
                name = name.substring(0, name.length() - 1);
            }
            if (value == null) {
                throw new FrontMatterException("the permalink pattern '" + pattern + "' of " + relativePath
                        + " uses :" + name + ", which Jekyll does not know", 0, 0,
                        "use :collection, :path, :title, :slug, :categories, :year, :month, :day…");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()) + m.group(1).substring(name.length()));
        }
        m.appendTail(out);
        return ("/" + out).replace("..", "/").replace("./", "").replaceAll("/{2,}", "/");
    }

    /** Jekyll's {@code Utils.slugify} in a mode given by its pattern, cased. */
    static String slugify(String text, Pattern unsafe) {
        return unsafe.matcher(text).replaceAll("-").replaceAll("^-|-$", "");
    }

    /** Jekyll's {@code Utils.titleize_slug}. */
    private static String titleize(String slug) {
        StringBuilder out = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1)
                    .toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
