package dev.reload.library;

import java.util.List;

/** A product pick of {@code products.yaml}: a generic name, what it is for, its grade, a retailer page. */
public record ProductPick(String id, String name, String forUse, Grade grade, String url, List<String> usedIn) {

    public ProductPick {
        usedIn = List.copyOf(usedIn);
    }
}
