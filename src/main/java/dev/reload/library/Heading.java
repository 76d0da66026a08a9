package dev.reload.library;

/** A {@code ##} heading of a page's body: its anchor id and its text, for the table of contents. */
public record Heading(String id, String text) {}
