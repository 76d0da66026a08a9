package dev.reload.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A product pick of {@code products.yaml}: a generic name, what it is for, its grade, a retailer page. */
public record ProductPick(String id, String name, String forUse, Grade grade, String url, List<String> usedIn) {

    public ProductPick {
        usedIn = List.copyOf(usedIn);
    }

    /** The retailer's address with the affiliate tag added as its {@code tag} parameter. */
    public String linkWith(String affiliateTag) {
        return url + (url.contains("?") ? "&" : "?") + "tag=" + URLEncoder.encode(affiliateTag, StandardCharsets.UTF_8);
    }
}
