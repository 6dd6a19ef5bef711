package io.newsradar.extract;

import io.newsradar.config.ExtractSettings;
import io.newsradar.model.Article;
import io.newsradar.model.ExtractHints;
import io.newsradar.model.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one fetched page into an {@link Article}: charset ({@link CharsetSniffer}), metadata (meta tags,
 * schema.org JSON-LD), headline, boilerplate removal and main text (paragraphs joined by a blank line),
 * publication and modification times with their offset, language, canonical URL, site, source, author,
 * paywall and {@code noindex} flags.
 *
 * <p>Times printed without an offset are read in the page's zone: {@link Page#siteZone()} if set, else the
 * zone configured for the host, else for the detected language ({@link ExtractSettings}), else UTC. No date may
 * be later than {@link Page#fetchedAt()} (null = now). Immutable and thread-safe: one instance may serve
 * several threads.
 */
public final class ArticleExtractor {
    private final ExtractSettings settings;

    /** @param settings zones by host and language; {@link ExtractSettings#defaults()} for the defaults */
    public ArticleExtractor(ExtractSettings settings) {
        this.settings = settings == null ? ExtractSettings.defaults() : settings;
    }

    /**
     * @param page the fetched bytes, URL, Content-Type, fetch time and optional site zone
     * @return the article; its body is empty when the page holds no article text
     * @throws ExtractionException when the page is not HTML, empty or cannot be decoded (one-line message
     *                             naming the URL and the reason)
     */
    public Article extract(Page page) throws ExtractionException {
        return extract(page, ExtractHints.NONE);
    }

    /**
     * Like {@link #extract(Page)}, with the extraction hints of the page's source (CSS selectors of the sources file):
     * {@code remove} is dropped first; {@code title}, {@code content} and {@code date}, when they match on the page,
     * replace what the heuristics would find (see {@link SourceHints}).
     *
     * @param hints the hints of the page's source; {@link ExtractHints#NONE} for none
     */
    public Article extract(Page page, ExtractHints hints) throws ExtractionException {
        ContentChecks.requireHtml(page);
        CharsetSniffer.Decoded decoded = CharsetSniffer.decode(page.content(), page.contentType());
        ContentChecks.requireText(page.url(), decoded.text());
        try {
            return extract(page, decoded, hints);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect or a pathological page must not end the run: it becomes a one-line failure
            throw new ExtractionException(page.url(), "cannot extract (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
        }
    }

    private Article extract(Page page, CharsetSniffer.Decoded decoded, ExtractHints hints) {
        Instant now = page.fetchedAt() == null ? Instant.now() : page.fetchedAt();
        Document doc = Jsoup.parse(decoded.text(), page.url());
        SourceHints.remove(doc, hints);
        PageMetadata meta = PageMetadata.read(doc);
        String site = Attribution.site(meta, page.url());
        TitleFinder.Title title = SourceHints.title(doc, hints, TitleFinder.find(doc, meta, site));
        String hintedDate = SourceHints.dateValue(doc, hints);
        if (site.equals(CanonicalUrls.host(page.url()))) { // no site name in the metadata: try the <title>
            String affix = TitleFinder.siteAffix(doc, title.text());
            if (!affix.isEmpty()) site = affix;
        }
        Element body = doc.body();
        List<Element> hinted = SourceHints.contentRoots(body, hints);
        BoilerplateCleaner.Result cleaned = BoilerplateCleaner.clean(body, title.element(), hinted);
        List<Block> blocks = BlockLinearizer.linearize(body, cleaned.furniture());
        ContentSelector.Selection sel = SourceHints.select(blocks, hinted, title.text());
        if (sel == null) sel = ContentSelector.select(blocks, title.text(), body);
        String text = join(sel.blocks());
        String lang = LanguageGuesser.guess(title.text() + "\n" + text, meta.htmlLang());
        ZoneId zone = zone(page, lang);
        int titleIndex = titleIndex(blocks, title);
        int firstBody = sel.blocks().isEmpty() ? -1 : sel.blocks().get(0).index();
        DateFinder.Dates dates = SourceHints.dates(hintedDate,
                DateFinder.find(meta, body, blocks, titleIndex, firstBody, zone, lang, now), zone, lang, now);
        List<Integer> around = around(titleIndex, firstBody, sel.blocks());
        return new Article(null, page.url(), CanonicalUrls.canonical(meta.canonical(), page.url()), title.text(), text,
                dates.published(), dates.source(), dates.modified(), lang,
                Attribution.source(blocks, around, dates.dateline(), site), site,
                Attribution.author(meta, blocks, around),
                Paywalls.paywalled(meta, cleaned, blocks, sel.blocks()), !noindex(meta),
                decoded.charset().name(), page.fetchedAt());
    }

    private ZoneId zone(Page page, String lang) {
        String z = page.siteZone();
        if (z == null) {
            String host = CanonicalUrls.host(page.url());
            for (String h = host; z == null && h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
                z = settings.zoneByHost().get(h);
                if (z == null) z = settings.zoneByHost().get("www." + h);
            }
        }
        if (z == null) z = settings.zoneByLanguage().get(lang);
        try {
            return z == null ? ZoneOffset.UTC : ZoneId.of(z);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static int titleIndex(List<Block> blocks, TitleFinder.Title title) {
        String t = ContentSelector.norm(title.text());
        if (t.isEmpty()) return -1;
        for (Block b : blocks) {
            if (title.element() != null && Attribution.contains(title.element(), b.owner())) return b.index();
        }
        for (Block b : blocks) if (ContentSelector.norm(b.text()).equals(t)) return b.index();
        return -1;
    }

    private static List<Integer> around(int titleIndex, int firstBody, List<Block> body) {
        List<Integer> out = new ArrayList<>();
        int anchor = titleIndex >= 0 ? titleIndex : firstBody;
        for (int i = anchor - 3; i <= anchor + 6 && anchor >= 0; i++) out.add(i);
        if (!body.isEmpty()) {
            int last = body.get(body.size() - 1).index();
            for (int i = last + 1; i <= last + 4; i++) out.add(i);
        }
        return out;
    }

    private static String join(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(b.text());
        }
        return sb.toString();
    }

    private static boolean noindex(PageMetadata meta) {
        String r = meta.first("robots", "googlebot");
        return r != null && r.toLowerCase(Locale.ROOT).contains("noindex");
    }
}
