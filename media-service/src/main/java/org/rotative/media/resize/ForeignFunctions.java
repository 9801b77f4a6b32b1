package org.rotative.media.resize;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * C functions of a shared library through Java's FFM API ({@code java.lang.foreign}, final in JDK 22), reached by
 * reflection: the project compiles for Java 17, where that API does not exist, and the same jar runs on both. Only the
 * set-up is reflective; the handles it returns are plain method handles, called with {@code invokeExact}.
 * <p>
 * Pointers are {@code long} addresses on the Java side (one {@link Type#POINTER} adapter per argument), so callers
 * need no FFM type. Memory is read and written by absolute address through one segment spanning the address space:
 * what a C binding does, without bounds checks, so only {@link Vips} uses it, on pointers libvips gave it.
 */
final class ForeignFunctions {

    /** C types of arguments and results. */
    enum Type {
        /** {@code int}, {@code gboolean} and enums: a Java {@code int}. */
        INT,
        /** {@code size_t} (64-bit platforms): a Java {@code long}. */
        SIZE,
        /** Any pointer: its address as a Java {@code long}, 0 for NULL. */
        POINTER
    }

    private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();

    private final Class<?> segmentClass;
    private final Class<?> layoutClass;
    private final Class<?> descriptorClass;
    private final Class<?> optionClass;
    private final Class<?> linkerClass;
    private final Class<?> lookupClass;
    private final Object linker;
    private final Object library;
    private final Object address;
    private final Object int32;
    private final Object int64;
    private final MethodHandle fromAddress;
    private final MethodHandle toAddress;
    private final MethodHandle getLong;
    private final MethodHandle copyOut;
    private final MethodHandle copyIn;
    private final MethodHandle getString;
    private final MethodHandle malloc;
    private final MethodHandle free;

    private ForeignFunctions(String libraryName) throws ReflectiveOperationException {
        segmentClass = Class.forName("java.lang.foreign.MemorySegment");
        layoutClass = Class.forName("java.lang.foreign.MemoryLayout");
        descriptorClass = Class.forName("java.lang.foreign.FunctionDescriptor");
        optionClass = Class.forName("java.lang.foreign.Linker$Option");
        linkerClass = Class.forName("java.lang.foreign.Linker");
        lookupClass = Class.forName("java.lang.foreign.SymbolLookup");
        Class<?> arenaClass = Class.forName("java.lang.foreign.Arena");
        Class<?> valueLayoutClass = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> longLayoutClass = Class.forName("java.lang.foreign.ValueLayout$OfLong");

        linker = linkerClass.getMethod("nativeLinker").invoke(null);
        // The global arena: the library stays loaded as long as the JVM runs.
        Object global = arenaClass.getMethod("global").invoke(null);
        library = lookupClass.getMethod("libraryLookup", String.class, arenaClass).invoke(null, libraryName, global);
        Object defaultLibrary = linkerClass.getMethod("defaultLookup").invoke(linker);
        address = valueLayoutClass.getField("ADDRESS").get(null);
        int32 = valueLayoutClass.getField("JAVA_INT").get(null);
        int64 = valueLayoutClass.getField("JAVA_LONG").get(null);
        Object bytes = valueLayoutClass.getField("JAVA_BYTE").get(null);
        Object unalignedLong = valueLayoutClass.getField("JAVA_LONG_UNALIGNED").get(null);

        fromAddress = PUBLIC.findStatic(segmentClass, "ofAddress", MethodType.methodType(segmentClass, long.class));
        toAddress = PUBLIC.findVirtual(segmentClass, "address", MethodType.methodType(long.class));
        // MemorySegment.NULL.reinterpret(Long.MAX_VALUE): every address is an offset in it.
        Object everything = segmentClass.getMethod("reinterpret", long.class)
                .invoke(segmentClass.getField("NULL").get(null), Long.MAX_VALUE);
        getLong = MethodHandles.insertArguments(PUBLIC.findVirtual(segmentClass, "get",
                MethodType.methodType(long.class, longLayoutClass, long.class)), 0, everything, unalignedLong);
        copyOut = MethodHandles.insertArguments(PUBLIC.findStatic(segmentClass, "copy",
                MethodType.methodType(void.class, segmentClass, valueLayoutClass, long.class, Object.class, int.class,
                        int.class)), 0, everything, bytes);
        copyIn = MethodHandles.insertArguments(PUBLIC.findStatic(segmentClass, "copy",
                MethodType.methodType(void.class, Object.class, int.class, segmentClass, valueLayoutClass, long.class,
                        int.class)), 2, everything, bytes);
        getString = MethodHandles.insertArguments(PUBLIC.findVirtual(segmentClass, "getString",
                MethodType.methodType(String.class, long.class)), 0, everything);
        malloc = downcall(defaultLibrary, "malloc", -1, Type.POINTER, Type.SIZE);
        free = downcall(defaultLibrary, "free", -1, null, Type.POINTER);
    }

    /**
     * Opens a shared library by its file name ({@code libvips.so.42}), as the dynamic linker finds it.
     *
     * @throws UnsupportedOperationException with the reason, when this JVM has no FFM API or cannot load the library
     */
    static ForeignFunctions open(String libraryName) {
        if (Runtime.version().feature() < 22) {
            throw new UnsupportedOperationException("Java " + Runtime.version().feature()
                    + " has no final FFM API (java.lang.foreign needs Java 22 or later)");
        }
        try {
            return new ForeignFunctions(libraryName);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UnsupportedOperationException("cannot load " + libraryName + ": " + cause.getMessage(), cause);
        }
    }

    /**
     * A function of the library, as a method handle whose type is made of {@code int}, {@code long} and
     * {@code void} (see {@link Type}).
     *
     * @param result null for {@code void}
     * @throws UnsupportedOperationException when the library has no such function
     */
    MethodHandle function(String name, Type result, Type... parameters) {
        return downcall(library, name, -1, result, parameters);
    }

    /**
     * A variadic function called with one fixed list of arguments: the first {@code fixed} parameters are the
     * declared ones, the others go through {@code ...} (for libvips: name and value pairs, then a NULL pointer).
     */
    MethodHandle variadic(String name, int fixed, Type result, Type... parameters) {
        return downcall(library, name, fixed, result, parameters);
    }

    private MethodHandle downcall(Object lookup, String name, int fixed, Type result, Type... parameters) {
        try {
            Optional<?> symbol = (Optional<?>) lookupClass.getMethod("find", String.class).invoke(lookup, name);
            if (symbol.isEmpty()) {
                throw new UnsupportedOperationException("no function " + name);
            }
            Object layouts = Array.newInstance(layoutClass, parameters.length);
            for (int i = 0; i < parameters.length; i++) {
                Array.set(layouts, i, layout(parameters[i]));
            }
            Object descriptor = result == null
                    ? descriptorClass.getMethod("ofVoid", layouts.getClass()).invoke(null, layouts)
                    : descriptorClass.getMethod("of", layoutClass, layouts.getClass())
                            .invoke(null, layout(result), layouts);
            Object options = Array.newInstance(optionClass, fixed < 0 ? 0 : 1);
            if (fixed >= 0) {
                Array.set(options, 0, optionClass.getMethod("firstVariadicArg", int.class).invoke(null, fixed));
            }
            MethodHandle handle = (MethodHandle) linkerClass.getMethod("downcallHandle", segmentClass,
                    descriptorClass, options.getClass()).invoke(linker, symbol.get(), descriptor, options);
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == Type.POINTER) {
                    handle = MethodHandles.filterArguments(handle, i, fromAddress);
                }
            }
            return result == Type.POINTER ? MethodHandles.filterReturnValue(handle, toAddress) : handle;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UnsupportedOperationException("cannot bind " + name + ": " + cause.getMessage(), cause);
        }
    }

    private Object layout(Type type) {
        return switch (type) {
            case INT -> int32;
            case SIZE -> int64;
            case POINTER -> address;
        };
    }

    /** {@code malloc(bytes)}; free it with {@link #free}. */
    long allocate(long bytes) {
        try {
            long pointer = (long) malloc.invokeExact(bytes);
            if (pointer == 0) {
                throw new OutOfMemoryError("malloc(" + bytes + ") failed");
            }
            return pointer;
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    void free(long pointer) {
        try {
            free.invokeExact(pointer);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** A NUL-terminated UTF-8 copy of {@code text} in memory from {@link #allocate}. */
    long cString(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        long pointer = allocate(utf8.length + 1L);
        write(utf8, 0, pointer, utf8.length);
        write(new byte[1], 0, pointer + utf8.length, 1);
        return pointer;
    }

    /** The 8 bytes at {@code pointer}: a pointer or a {@code size_t}. */
    long readLong(long pointer) {
        try {
            return (long) getLong.invokeExact(pointer);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** The NUL-terminated UTF-8 string at {@code pointer}. */
    String readString(long pointer) {
        try {
            return (String) getString.invokeExact(pointer);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Copies {@code length} bytes from native memory into {@code target}. */
    void read(long pointer, byte[] target, int offset, int length) {
        try {
            copyOut.invokeExact(pointer, (Object) target, offset, length);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** Copies {@code length} bytes of {@code source} into native memory. */
    void write(byte[] source, int offset, long pointer, int length) {
        try {
            copyIn.invokeExact((Object) source, offset, pointer, length);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** A throwable of a method handle, unchecked: errors and runtime exceptions as they are. */
    static RuntimeException rethrow(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(e);
    }
}
