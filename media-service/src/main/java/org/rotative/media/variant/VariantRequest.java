package org.rotative.media.variant;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The query of an {@code /uploads/} URL, understood. No parameter: the original. Otherwise a variant, either
 * <ul>
 * <li>a preset, open to anyone: {@code ?preset=card}, or {@code ?w=800} when {@code w800} is a width preset;
 * {@code fm} and {@code v} may be added, since they do not change how much work the variant is;</li>
 * <li>or anything else within the limits, {@code ?w=&h=&fit=&fm=&q=}, which needs a signature {@code s} when signing
 * is on.</li>
 * </ul>
 * {@code v} pins the content ({@code v=<first hex digits of the file's SHA-256>}); unknown parameters are ignored
 * (they change nothing in the answer).
 */
public final class VariantRequest {

    public static final String PRESET = "preset";
    public static final String WIDTH = "w";
    public static final String HEIGHT = "h";
    public static final String FIT = "fit";
    public static final String FORMAT = "fm";
    public static final String QUALITY = "q";
    public static final String VERSION = "v";
    public static final String SIGNATURE = "s";
    /** {@code fm=auto}: WebP for clients that accept it. */
    public static final String AUTO = "auto";

    private static final List<String> KNOWN = List.of(PRESET, WIDTH, HEIGHT, FIT, FORMAT, QUALITY, VERSION, SIGNATURE);

    /** The known parameters but the signature, sorted by name: what a signature covers. */
    private final TreeMap<String, String> signed;
    private final String signature;
    private final VariantSpec box;
    private final boolean preset;

    private VariantRequest(TreeMap<String, String> signed, String signature, VariantSpec box, boolean preset) {
        this.signed = signed;
        this.signature = signature;
        this.box = box;
        this.preset = preset;
    }

    /**
     * Reads the query parameters (already percent-decoded).
     *
     * @param maxDimension largest {@code w} or {@code h}
     * @throws InvalidVariantException naming the parameter that is wrong
     */
    public static VariantRequest parse(Map<String, List<String>> query, Presets presets, int maxDimension) {
        TreeMap<String, String> signed = new TreeMap<>();
        String signature = null;
        for (String name : KNOWN) {
            List<String> values = query.getOrDefault(name, List.of());
            if (values.size() > 1) {
                throw new InvalidVariantException("repeated parameter", name + " is given " + values.size()
                        + " times; give it once");
            }
            if (values.size() == 1 && name.equals(SIGNATURE)) {
                signature = values.get(0);
            } else if (values.size() == 1) {
                signed.put(name, values.get(0));
            }
        }
        String presetName = signed.get(PRESET);
        Optional<String> fm = Optional.ofNullable(signed.get(FORMAT));
        Format format = fm.filter(f -> !f.equals(AUTO)).map(f -> Format.of(f).orElseThrow(() ->
                new InvalidVariantException("invalid format", "fm must be auto, jpeg, png or webp, not '" + f + "'")))
                .orElse(null);
        if (presetName != null) {
            List<String> extra = List.of(WIDTH, HEIGHT, FIT, QUALITY).stream().filter(signed::containsKey).toList();
            if (!extra.isEmpty()) {
                throw new InvalidVariantException("invalid preset", "preset cannot be combined with "
                        + String.join(", ", extra) + ": a preset is a whole size");
            }
            VariantSpec spec = presets.named(presetName).orElseThrow(() -> new InvalidVariantException(
                    "unknown preset", "no preset '" + presetName + "'; the presets are "
                            + String.join(", ", presets.all().keySet())));
            return new VariantRequest(signed, signature, spec.withFormat(format), true);
        }
        int width = dimension(signed.get(WIDTH), WIDTH, "width", maxDimension);
        int height = dimension(signed.get(HEIGHT), HEIGHT, "height", maxDimension);
        Fit fit = Optional.ofNullable(signed.get(FIT)).map(f -> Fit.of(f).orElseThrow(() ->
                new InvalidVariantException("invalid fit", "fit must be cover, contain or inside, not '" + f + "'")))
                .orElse(Fit.INSIDE);
        int quality = quality(signed.get(QUALITY));
        boolean shaped = width > 0 || height > 0;
        if (!shaped && (fm.isPresent() || quality > 0 || signed.containsKey(FIT))) {
            throw new InvalidVariantException("missing size", "fit, fm and q need w, h or preset");
        }
        if (!shaped) {
            return new VariantRequest(signed, signature, null, false);
        }
        VariantSpec spec = new VariantSpec(width, height, fit, format, quality);
        boolean ladder = height == 0 && quality == 0 && !signed.containsKey(FIT)
                && presets.ofWidth(width).isPresent();
        return new VariantRequest(signed, signature, spec, ladder);
    }

    private static int dimension(String value, String name, String what, int max) {
        if (value == null) {
            return 0;
        }
        int pixels = value.matches("\\d{1,9}") ? Integer.parseInt(value) : 0;
        if (pixels < 1 || pixels > max) {
            throw new InvalidVariantException("invalid " + what, name + " must be a whole number of pixels from 1 to "
                    + max + ", not '" + value + "'");
        }
        return pixels;
    }

    private static int quality(String value) {
        if (value == null) {
            return 0;
        }
        int quality = value.matches("\\d{1,3}") ? Integer.parseInt(value) : 0;
        if (quality < 1 || quality > 100) {
            throw new InvalidVariantException("invalid quality", "q must be a whole number from 1 to 100, not '"
                    + value + "'");
        }
        return quality;
    }

    /** Whether the URL asks for a variant rather than the original. */
    public boolean isVariant() {
        return box != null;
    }

    /** Whether a signature is needed (when signing is on): a variant that is no preset. */
    public boolean needsSignature() {
        return isVariant() && !preset;
    }

    /** Whether the format depends on the client's {@code Accept} header ({@code fm=auto}): answer with Vary. */
    public boolean negotiated() {
        return AUTO.equals(signed.get(FORMAT));
    }

    /** {@code v}, the content pin, if given. */
    public Optional<String> version() {
        return Optional.ofNullable(signed.get(VERSION));
    }

    /** {@code s}, if given. */
    public Optional<String> signature() {
        return Optional.ofNullable(signature);
    }

    /**
     * What a signature covers: {@code /uploads/<decoded path>?<name>=<value>&…}, the known parameters but {@code s}
     * sorted by name, values as decoded, no escaping ({@code /uploads/a b.jpg?fit=cover&h=200&w=300}).
     */
    public String canonical(String key) {
        String query = signed.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return "/uploads/" + key + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The variant to make for a client sending this {@code Accept} header: {@code fm=auto} becomes WebP when the
     * client lists {@code image/webp}, the source's family otherwise.
     *
     * @throws IllegalStateException when this is no variant
     */
    public VariantSpec spec(String accept) {
        if (box == null) {
            throw new IllegalStateException("the original is no variant");
        }
        return negotiated() ? box.withFormat(acceptsWebp(accept) ? Format.WEBP : null) : box;
    }

    /** Whether an Accept header lists image/webp with a non-zero q. */
    static boolean acceptsWebp(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.trim().toLowerCase(Locale.ROOT).split("\\s*;\\s*");
            if (parts[0].equals(Format.WEBP.mediaType())) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
