package dev.reload.library;

/**
 * One numbered source of a page. At least one of {@code pmid}, {@code doi} or {@code url} is
 * usually there; each may be null.
 */
public record Source(String title, String authors, String journal, int year, String pmid, String doi, String url) {

    /** The PubMed page, or null without a PubMed id. */
    public String pubmedUrl() {
        return pmid == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
    }

    /** The DOI resolver's address, or null without a DOI. */
    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    /** Where a reader can open it: the DOI, else PubMed, else its own address (or null). */
    public String link() {
        return doi != null ? doiUrl() : pmid != null ? pubmedUrl() : url;
    }
}
