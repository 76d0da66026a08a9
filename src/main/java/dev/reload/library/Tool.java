package dev.reload.library;

/** One item of "what helps along the way": what it is, what it does, and its evidence grade. */
public record Tool(String name, String purpose, Grade grade) {}
