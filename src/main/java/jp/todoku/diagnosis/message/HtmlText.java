package jp.todoku.diagnosis.message;

/** A rough, linear HTML-to-text conversion for bounces sent only as HTML. */
public final class HtmlText {

    private HtmlText() {
    }

    public static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        boolean inTag = false;
        int tagStart = 0;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                if (c == '>') {
                    inTag = false;
                    String tag = html.substring(tagStart, Math.min(i, tagStart + 4)).toLowerCase(java.util.Locale.ROOT);
                    if (tag.startsWith("br") || tag.startsWith("/p") || tag.startsWith("p") || tag.startsWith("/div")
                            || tag.startsWith("/tr") || tag.startsWith("li") || tag.startsWith("/h")) {
                        out.append('\n');
                    }
                }
                continue;
            }
            if (c == '<') {
                inTag = true;
                tagStart = i + 1;
                continue;
            }
            out.append(c);
        }
        return out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
