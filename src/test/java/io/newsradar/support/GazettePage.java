package io.newsradar.support;

/**
 * A news page laid out so that the generic extraction heuristics go wrong (for the tests of per-source extraction
 * hints): the site name is the only {@code h1}, the headline is a styled paragraph ({@code p.kicker-headline}), the
 * article is three short paragraphs in {@code div.story-body} while reader comments below ({@code .reader-talk}) hold
 * more prose, and the date sits in the footer ({@code footer .stamp}, local time without an offset).
 */
public final class GazettePage {
    public static final String STORY = "Mayor opens the new harbour bridge after six years of work";
    public static final String[] PARAGRAPHS = {
            "The mayor opened the new harbour bridge on Friday morning, six years after construction began.",
            "The bridge carries four lanes of traffic and a cycle path across the inner harbour.",
            "Officials said tolls would not be charged during the first month of operation."};
    private static final String COMMENT = "I have lived in this city for forty years and I can say without any doubt that "
            + "this is the worst decision the council has ever made, because the money could have gone to schools, "
            + "hospitals and the old tram line that everybody in the eastern districts has been asking for since the 1990s. ";

    private GazettePage() {
    }

    /** @return the page's HTML (UTF-8, no canonical link) */
    public static String html() {
        StringBuilder comments = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            comments.append("<div class=\"comment\"><p>").append(COMMENT).append("Comment number ").append(i).append(".</p></div>");
        }
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Harbour Gazette</title></head>
                <body><header><h1>The Harbour Gazette</h1></header>
                <main>
                  <p class="kicker-headline">%s</p>
                  <div class="story-body"><p>%s</p><p>%s</p><p>%s</p>
                    <div class="share-row">Share this story on Facebook Twitter E-mail</div></div>
                  <section class="reader-talk"><h3>Readers' comments</h3>%s</section>
                </main>
                <footer><span class="stamp">2025-01-31 10:30</span> The Harbour Gazette, all rights reserved</footer>
                </body></html>
                """.formatted(STORY, PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2], comments);
    }
}
