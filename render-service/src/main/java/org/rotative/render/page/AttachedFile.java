package org.rotative.render.page;

/**
 * One document of the front matter's {@code files}.
 *
 * @param href where it is ({@code file})
 * @param name what the link says ({@code nom}), or the file name
 */
public record AttachedFile(String href, String name) {
}
