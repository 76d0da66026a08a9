package dev.reload.system.web;

/**
 * Values quoted back in error messages ("must be a number, got abc…"), cut to a short prefix, so a
 * huge rejected value never makes a huge answer.
 */
public final class Echo {

    /** How many characters of a rejected value an error message quotes. */
    public static final int MAX_CHARS = 40;

    private Echo() {}

    /** {@code value} as text, cut to {@link #MAX_CHARS} characters with an ellipsis when longer. */
    public static String of(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split an emoji in two
        }
        return text.substring(0, end) + "…";
    }
}
