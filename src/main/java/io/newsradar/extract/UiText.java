package io.newsradar.extract;

import java.util.regex.Pattern;

/**
 * Short texts that are interface, not article: "Advertisement", "Read more", share prompts, sign-in and
 * newsletter prompts, copyright lines, error and loading messages, in English, Japanese and Chinese. Only
 * short blocks are tested (a sentence that merely mentions a cookie or a comment stays), and whole-block
 * labels are matched exactly.
 */
final class UiText {
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(advertisement|advertising|advert|anzeige|sponsored( content)?|ad|pr|広告|スポンサーリンク|share|print|email|"
            + "comments?|read more|more|next|previous|back to top|top|続きを読む|もっと見る|次へ|前へ|印刷|"
            + "シェア|ツイート|ポスト|ブックマーク|コメント|返回顶部|打印|分享|收藏|评论)[:：]?");
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)(read more|continue reading|read the full|see also|also read|you may also like|click here|tap here"
            + "|share (this|on)|follow us|sign up|subscribe|newsletter|log ?in|sign in|cookie|all rights reserved"
            + "|copyright|©|\\(c\\) ?\\d{4}|terms of (use|service)|privacy policy|enable javascript|try again"
            + "|error occurred|loading\\.\\.\\.|photo:|image:|getty images|download the app"
            + "|続きを読む|続きは|もっと見る|関連記事|関連ニュース|この記事に関連|シェアする|ツイートする|メールマガジン|メルマガ"
            + "|ニュースレター|会員登録|ログイン|新規登録|無断転載|無断複製|著作権|クッキー|エラーが発生|再読み込み|読み込み中"
            + "|ページの先頭|この記事を印刷|役に立ちましたか|リアクション|滞在|相关新闻|相关阅读|相关文章|分享到|版权所有|返回首页)");
    /** Consent and disclosure notices, tested on blocks of up to 300 weight. */
    private static final Pattern NOTICE = Pattern.compile(
            "(?i)(\\bcookies?\\b.{0,120}\\b(use|uses|using|accept|consent|privacy|settings|browsing|experience)\\b"
            + "|(use|uses|using|accept)\\b.{0,60}\\bcookies?\\b|affiliate (and/or referral )?links?|javascript protected email"
            + "|(Cookie|クッキー).{0,40}(利用|使用|同意)|使用cookie|newsletter|ニュースレター|メールマガジン|メールアドレス"
            + "|有料会員|会員限定|読み放題|無料会員登録|この記事を書いた人|already a subscriber"
            + "|(sign up|subscribe)\\b.{0,40}\\bnewsletter)");
    /** Lead-ins of cross-links: "Read more: ...", "Related: ...", "See also: ...", "【関連記事】". */
    private static final Pattern CROSS_LINK = Pattern.compile(
            "(?i)^(read more|read also|also read|related|see also|more|watch|listen|recommended|关联阅读|相关阅读|相关新闻)\\s?[:：|]"
            + "|^【?(関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ)");
    /** Labels that open what follows an article: comments, related reading. Nothing after them is article text. */
    private static final Pattern END_OF_ARTICLE = Pattern.compile(
            "(?i)^(\\d+\\s?)?(发表评论|文章评论|网友评论|相关评论|最新评论|评论|我要评论|相关内容|相关文章|相关阅读|相关新闻|相关链接"
            + "|延伸阅读|推荐阅读|コメント|コメントする|読者のコメント|関連記事|関連ニュース|この記事に関連するニュース|comments?"
            + "|leave a (reply|comment)|reader comments|related (articles|stories|posts|coverage)|more from .{1,40}"
            + "|you may also like|recommended for you|about the author|この記事を書いた人|筆者プロフィール|著者プロフィール"
            + "|関連キーワード|related topics)\\s?[:：]?(\\s?[(（]\\d+[)）])?$");
    private static final Pattern EDITOR = Pattern.compile("^[（(\\[【]?(责任编辑|责编|編集担当)\\s?[:：]");
    private static final String[] NOTICE_WORDS = {"cookie", "クッキー", "newsletter", "ニュースレター", "メールマガジン",
            "メールアドレス", "会員", "読み放題", "この記事を書いた人", "subscriber", "affiliate", "javascript", "sign up",
            "subscribe", "使用cookie"};
    private static final int SHORT = 60;

    private UiText() { }

    /** @return true when the block is an interface label or prompt rather than article text */
    static boolean isInterface(String t, int weight) {
        if (t.length() <= 30 && LABEL.matcher(t).matches()) return true;
        if (weight < 300 && mayBeNotice(t) && NOTICE.matcher(t).find()) return true;
        if (weight < 200 && CROSS_LINK.matcher(t).find()) return true;
        if (weight < 40 && EDITOR.matcher(t).find()) return true;
        return weight < SHORT && PHRASE.matcher(t).find();
    }

    /** Cheap pre-test: the notice patterns all contain one of these words. */
    private static boolean mayBeNotice(String t) {
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (String w : NOTICE_WORDS) if (lower.contains(w)) return true;
        return false;
    }

    /** @return true for a short label that opens the comments or related reading after an article */
    static boolean endsArticle(Block b) {
        return b.weight() < 60 && END_OF_ARTICLE.matcher(b.text().strip()).matches();
    }

    /** @return true for a line of links or labels separated by bars or middle dots ("News | Share | Print") */
    static boolean isMenuLine(Block b) {
        if (b.weight() >= 100) return false;
        String t = b.text();
        int seps = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '｜' || c == '·' || c == '•') seps++;
        }
        return seps >= 2;
    }
}
