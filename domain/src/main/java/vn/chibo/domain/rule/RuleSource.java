package vn.chibo.domain.rule;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * Where a rule comes from (căn cứ): the document, the article or item, and how sure the reading
 * is.
 *
 * @param document the regulation, e.g. {@code "Điều lệ Đảng 2011"} or {@code "QĐ 294-QĐ/TW
 *     (26/5/2025)"}
 * @param article the article, clause or item, e.g. {@code "Điều 21 khoản 2"}
 * @param confidence how sure chibo is of the reading
 * @param note what a reader should know: a paraphrase, the secondary source, a doubt
 */
public record RuleSource(String document, String article, Confidence confidence, String note) {
    public RuleSource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(note, "note");
        checkArgument(!document.isBlank(), "a rule source names its document");
    }

    /** A source without a note. */
    public static RuleSource of(String document, String article, Confidence confidence) {
        return new RuleSource(document, article, confidence, "");
    }

    /** A source with a note. */
    public static RuleSource of(String document, String article, Confidence confidence, String note) {
        return new RuleSource(document, article, confidence, note);
    }

    /** {@code document, article [confidence]}. */
    @Override
    public String toString() {
        return document + (article.isEmpty() ? "" : ", " + article) + " [" + confidence + "]";
    }
}
