package dev.reload.advice.engine;

/** The citations findings rest on (rules.md, Sources). */
final class Sources {

    /** The library's overview page, which the reasons on Today link to ({@code LibraryLinks}). */
    static final String ARTICLE = "Reload library: Overuse knee pain, the active way back";

    static final String SILBERNAGEL_2007 =
            "Silbernagel KG et al. Am J Sports Med. 2007;35(6):897–906 (pain-monitoring model)";
    static final String GABBETT_2016 = "Gabbett TJ. Br J Sports Med. 2016;50(5):273–280";
    static final String NIELSEN_2014 = "Nielsen RO et al. J Orthop Sports Phys Ther. 2014;44(10):739–747";
    static final String BUIST_2008 = "Buist I et al. Am J Sports Med. 2008;36(1):33–39";
    static final String KONGSGAARD_2009 = "Kongsgaard M et al. Scand J Med Sci Sports. 2009;19(6):790–802";
    static final String RIO_2015 = "Rio E et al. Br J Sports Med. 2015;49(19):1277–1283";
    static final String CROSSLEY_2016 = "Crossley KM et al. Br J Sports Med. 2016;50(14):839–843";
    static final String MALLIARAS_2015 = "Malliaras P et al. J Orthop Sports Phys Ther. 2015;45(11):887–898";
    static final String FARRAR_2001 = "Farrar JT et al. Pain. 2001;94(2):149–158";
    static final String COOK_PURDAM_2009 = "Cook JL, Purdam CR. Br J Sports Med. 2009;43(6):409–416";
    static final String STIELL_1995 = "Stiell IG et al. Ann Emerg Med. 1995;26(4):405–413 (Ottawa knee rule)";

    static String and(String first, String second) {
        return first + "; " + second;
    }

    private Sources() {}
}
