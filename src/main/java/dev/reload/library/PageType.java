package dev.reload.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of library page; each lives in its own folder, which is also its address. */
public enum PageType {
    CONDITION("conditions"),
    GUIDE("guides"),
    CATEGORY("categories"),
    PAGE("about");

    private final String folder;

    PageType(String folder) {
        this.folder = folder;
    }

    /** The folder of its files and the part of its address after {@code /library/}. */
    public String folder() {
        return folder;
    }

    /** The front matter's word for it: {@code condition}, {@code guide}, {@code category}, {@code page}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PageType> ofFolder(String folder) {
        return Arrays.stream(values()).filter(t -> t.folder.equals(folder)).findFirst();
    }

    public static Optional<PageType> ofWord(String word) {
        return Arrays.stream(values()).filter(t -> t.word().equals(word)).findFirst();
    }
}
