package vn.chibo.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.Grade;
import vn.chibo.domain.rule.Finding;

/** An {@link EvaluationOverview} as text, in Vietnamese or English. */
final class TextReport {
    private TextReport() {}

    /** The lines of the report's head: title, regime, sentence, grades, quota. */
    static List<String> head(EvaluationOverview o, Locale locale) {
        List<String> lines = new ArrayList<>();
        EvaluationReport r = o.report();
        lines.add(Texts.t(locale, "Kết quả đánh giá, xếp loại năm ", "Quality review of ") + o.year() + ": "
                + o.organization().name() + " ("
                + o.organization().kind().label().in(locale) + ")");
        lines.add(Texts.t(locale, "Quy định: ", "Regime: ") + o.regime().title().in(locale) + " [" + r.regime() + "]");
        if (!o.reviewed()) {
            lines.add(Texts.t(
                    locale,
                    "Chưa có kết quả đánh giá năm " + o.year() + " trong cơ sở dữ liệu.",
                    "No reviews of " + o.year() + " are stored in the database."));
            return lines;
        }
        lines.add(r.sentence(locale));
        StringBuilder grades = new StringBuilder(Texts.t(locale, "Đảng viên được xếp loại: ", "Members rated: "));
        int rated = r.membersRated();
        for (Grade g : Grade.values()) {
            grades.append(g == Grade.values()[0] ? "" : ", ")
                    .append(g.abbreviation())
                    .append(' ')
                    .append(Numbers.count(r.members(g), locale));
            if (rated > 0) {
                grades.append(" (")
                        .append(Numbers.percent(r.members(g), rated, locale))
                        .append(')');
            }
        }
        lines.add(grades.toString());
        if (!r.notRated().isEmpty()) {
            lines.add(Texts.t(locale, "Không xếp loại: ", "Not rated: ") + r.notRated());
        }
        List<Finding> quota = r.quota().findings();
        if (quota.isEmpty()) {
            lines.add(Texts.t(locale, "Tỷ lệ hoàn thành xuất sắc nhiệm vụ: trong tỷ lệ ", "Excellence quota: within ")
                    + o.regime().quotaPercent() + Texts.t(locale, " % (", "% (")
                    + o.base().label().in(locale) + ").");
        }
        for (Finding f : quota) {
            lines.add(f.message(locale));
        }
        return lines;
    }

    /** Prints the whole report. */
    static void print(EvaluationOverview o, Locale locale, PrintWriter out) {
        head(o, locale).forEach(out::println);
        if (!o.reviewed() || o.rows().isEmpty()) {
            return;
        }
        out.println();
        String what = o.byCell()
                ? Texts.t(locale, "Theo chi bộ (", "By cell (")
                : Texts.t(locale, "Theo tổ chức trực thuộc (", "By organisation directly under it (");
        out.println(what + o.rows().size() + "):");
        int width = 12;
        for (EvaluationOverview.Row row : o.rows()) {
            width = Math.max(width, row.name().length());
        }
        StringBuilder header = new StringBuilder(pad(Texts.t(locale, "Tổ chức", "Organisation"), width));
        for (Grade g : Grade.values()) {
            header.append(left(g.abbreviation(), 8));
        }
        header.append("  ").append(Texts.t(locale, "Tự xếp loại", "Its grade"));
        out.println(header);
        for (EvaluationOverview.Row row : o.rows()) {
            StringBuilder line = new StringBuilder(pad(row.name(), width));
            for (Grade g : Grade.values()) {
                line.append(left(Numbers.count(row.members(g), locale), 8));
            }
            Grade own = row.own();
            line.append("  ").append(own == null ? "—" : own.abbreviation());
            out.println(line);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String left(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
