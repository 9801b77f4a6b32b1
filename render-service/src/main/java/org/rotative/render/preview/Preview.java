package org.rotative.render.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.rotative.render.markdown.BodyRenderer;
import org.rotative.render.markdown.MarkdownRenderer;
import org.rotative.render.preview.FrontMatter.InvalidFrontMatterException;

/**
 * Offline preview: renders article files with the service's own renderer (Liquid, then Markdown), without Kafka or a
 * database.
 * {@code ./pipeline render} runs it:
 *
 * <pre>Preview --out DIR [--config FILE] FILE|DIR...</pre>
 *
 * Each file is written to {@code DIR/<path without extension>.html}, the body HTML Jekyll's Markdown converter would
 * give (images as written, no layout): paths relative to a DIR argument, the bare name for a FILE argument. Each file
 * reads the {@code _config.yml} of its site (the nearest one in the folders above it) unless {@code --config} names
 * one; its Liquid sees that configuration as {@code site}, the front matter as {@code page} and the {@code _includes/}
 * beside the configuration. A file that cannot be read is reported as {@code file:line: problem} on standard error and the others are
 * still rendered. Exit status: 0 when every file was rendered, 1 when one failed, 2 on a usage error.
 */
public final class Preview {

    /** Jekyll's default {@code markdown_ext}: the files a DIR argument yields. */
    static final List<String> MARKDOWN_EXTENSIONS = List.of("markdown", "mkdown", "mkdn", "mkd", "md");
    static final String CONFIG = "_config.yml";
    private static final String USAGE = "usage: render --out DIR [--config FILE] FILE|DIR...";

    private final BodyRenderer bodies = new BodyRenderer(MarkdownRenderer.withImagesAsWritten());
    private final Map<Path, SiteFiles> sites = new HashMap<>();
    private final PrintStream out;
    private final PrintStream err;

    private Preview(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Renders what {@code args} names; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path outDir = null;
        Path config = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out", "--config" -> {
                    if (i + 1 == args.length) {
                        err.println(args[i] + " needs a value\n" + USAGE);
                        return 2;
                    }
                    Path value = Path.of(args[++i]);
                    if (args[i - 1].equals("--out")) {
                        outDir = value;
                    } else {
                        config = value;
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (outDir == null || inputs.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                err.println(input + ": no such file or folder");
                return 2;
            }
        }
        if (config != null && !Files.isRegularFile(config)) {
            err.println(config + ": no such configuration file");
            return 2;
        }
        return new Preview(out, err).renderAll(inputs, outDir, config);
    }

    private int renderAll(List<Path> inputs, Path outDir, Path config) {
        int rendered = 0;
        int failed = 0;
        for (Path input : inputs) {
            for (Path file : files(input)) {
                Path relative = Files.isDirectory(input) ? input.relativize(file) : file.getFileName();
                Path target = outDir.resolve(withoutExtension(relative.toString()) + ".html");
                try {
                    Files.createDirectories(target.toAbsolutePath().getParent());
                    Files.writeString(target, render(file, config), StandardCharsets.UTF_8);
                    rendered++;
                } catch (PreviewException e) {
                    err.println(e.getMessage());
                    failed++;
                } catch (IOException | UncheckedIOException e) {
                    err.println(file + ": " + e.getMessage());
                    failed++;
                }
            }
        }
        out.println("rendered " + rendered + " file" + (rendered == 1 ? "" : "s") + " into " + outDir
                + (failed > 0 ? "; " + failed + " failed (see above)" : ""));
        return failed > 0 ? 1 : 0;
    }

    /** The body HTML of one file; Liquid left as written and Markdown read otherwise than meant are warned about. */
    private String render(Path file, Path explicitConfig) throws IOException {
        Optional<Path> configFile = explicitConfig != null ? Optional.of(explicitConfig) : nearestConfig(file);
        SiteFiles site = configFile.isPresent() ? site(configFile.get()) : SiteFiles.NONE;
        FrontMatter article;
        try {
            article = FrontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (InvalidFrontMatterException e) {
            throw new PreviewException(file + ":" + e.line() + ": front matter: " + e.getMessage());
        }
        BodyRenderer.Body body = bodies.render(article.body(), site.context(article.data()));
        body.warnings().forEach(warning -> err.println(file + ": warning: " + warning));
        return body.html();
    }

    /** A site, its configuration read once. */
    private SiteFiles site(Path config) throws IOException {
        SiteFiles site = sites.get(config);
        if (site == null) {
            try {
                site = SiteFiles.read(config);
            } catch (InvalidFrontMatterException e) {
                throw new PreviewException(config + ":" + e.line() + ": site configuration: " + e.getMessage());
            }
            sites.put(config, site);
        }
        return site;
    }

    /** The {@code _config.yml} of the nearest folder above the file that has one. */
    static Optional<Path> nearestConfig(Path file) {
        for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path config = dir.resolve(CONFIG);
            if (Files.isRegularFile(config)) {
                return Optional.of(config);
            }
        }
        return Optional.empty();
    }

    /** A FILE argument itself (any extension), or a DIR argument's Markdown files, sorted. */
    private static List<Path> files(Path input) {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> MARKDOWN_EXTENSIONS.contains(extension(file.getFileName().toString())))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String withoutExtension(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return dot > slash + 1 ? path.substring(0, dot) : path;
    }

    /** One file that cannot be rendered; the message names it (and its line when known). */
    private static final class PreviewException extends RuntimeException {
        PreviewException(String message) {
            super(message);
        }
    }
}
