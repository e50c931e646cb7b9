package vn.chibo.examples;

import static vn.chibo.examples.Phuong5Command.format;
import static vn.chibo.examples.Phuong5Command.text;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.Numbers;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationReport;
import vn.chibo.domain.evaluation.QuotaBase;
import vn.chibo.domain.meeting.ComplianceReport;
import vn.chibo.domain.meeting.Meeting;
import vn.chibo.domain.meeting.MeetingKind;
import vn.chibo.domain.member.ConditionKind;
import vn.chibo.domain.member.MemberHistory;
import vn.chibo.domain.member.MemberProfile;
import vn.chibo.domain.member.MemberStanding;
import vn.chibo.domain.member.Membership;
import vn.chibo.domain.member.residence.ResidenceCensus;
import vn.chibo.domain.organization.RosterSnapshot;
import vn.chibo.domain.organization.StructureReport;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.PolicyRef;

/**
 * The sections {@code chibo phuong5} prints after the organisation trees, from what the scenario
 * recorded: the rosters of 31/12/2021 by status with the article's cross-check, Khu phố 3's
 * structural assessment from its real roster, the serving members residing in the ward, and the
 * 2023 compliance of Khu phố 3 and 7's meetings. Every date in them is the scenario's, never the
 * clock's.
 */
final class Phuong5Report {
    /** The date of the rosters: the end of the article's first review year. */
    static final LocalDate ROSTER_DATE = LocalDate.of(2021, 12, 31);
    /** Admitted from this day on, a member is not rated in 2021 (less than 6 months). */
    static final LocalDate RATED_CUTOFF = LocalDate.of(2021, 7, 1);
    /** The end of the first half of the term the article's "24 đảng viên" covers. */
    static final LocalDate HALF_TERM_END = LocalDate.of(2022, 12, 31);

    private static final Actor READER = Phuong5Scenario.PROVINCE_CLERK;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Chibo chibo;
    private final PrintWriter out;
    private final Locale locale;

    private Phuong5Report(Chibo chibo, PrintWriter out, Locale locale) {
        this.chibo = chibo;
        this.out = out;
        this.locale = locale;
    }

    /** Prints every section. */
    static void print(Chibo chibo, PrintWriter out, Locale locale) {
        Phuong5Report r = new Phuong5Report(chibo, out, locale);
        r.rosters();
        r.structure();
        r.residences();
        r.compliance(Phuong5Scenario.KHU_PHO_3);
        r.compliance(Phuong5Scenario.KHU_PHO_7);
        r.evaluations();
        out.println(text(
                locale,
                "Ghi chú: họ tên, ngày sinh, các ngày kết nạp, nơi công tác và điểm danh của những người bài báo không"
                        + " nêu tên là minh họa, sinh từ hạt giống cố định " + Phuong5Scenario.SEED
                        + "; mỗi lần chạy cho cùng một kết quả.",
                "Note: the names, birth dates, admission dates, workplaces and attendance of the people the article"
                        + " does not name are illustrative, generated from the fixed seed " + Phuong5Scenario.SEED
                        + "; every run gives the same result."));
    }

    // ---------------------------------------------------------------- rosters

    private void rosters() {
        out.println(text(locale, "Đảng số ngày ", "Members on ") + format(ROSTER_DATE, locale));
        RosterSnapshot ward = roster(Phuong5Scenario.PHUONG_5, ROSTER_DATE);
        out.println("  " + line("Đảng bộ Phường 5", ward));
        out.println("  " + line("Chi bộ Khu phố 3", roster(Phuong5Scenario.KHU_PHO_3, ROSTER_DATE)));
        out.println("  " + line("Chi bộ Khu phố 7", roster(Phuong5Scenario.KHU_PHO_7, ROSTER_DATE)));
        Map<MemberId, MemberStanding> standings =
                chibo.members().standingsOn(READER, Phuong5Scenario.PHUONG_5, ROSTER_DATE);
        int exempted = 0;
        int away = 0;
        int late = 0;
        for (MemberStanding s : standings.values()) {
            if (!s.isMember()) {
                continue;
            }
            if (s.has(ConditionKind.EXEMPTION)) {
                exempted++;
            }
            if (s.isTemporarilyAway()) {
                away++;
            }
            LocalDate ceremony = ceremonyOf(s.member(), ROSTER_DATE);
            if (ceremony != null && !ceremony.isBefore(RATED_CUTOFF)) {
                late++;
            }
        }
        out.println("  "
                + text(
                        locale,
                        "Trong đó: miễn công tác và sinh hoạt đảng " + count(exempted) + "; chuyển sinh hoạt tạm thời "
                                + count(away) + " (vẫn tính ở chi bộ chính thức); kết nạp từ "
                                + format(RATED_CUTOFF, locale) + ": " + count(late),
                        "Of whom: exempted from work and meetings " + count(exempted) + "; temporarily transferred "
                                + count(away) + " (still counted at home); admitted from "
                                + format(RATED_CUTOFF, locale) + ": " + count(late)));
        int rated = ward.total() - exempted - late;
        out.println("  "
                + text(
                        locale,
                        "Đối chiếu bài báo: " + count(ward.total()) + " − " + count(exempted) + " − " + count(late)
                                + " = " + count(rated) + " đảng viên thuộc diện đánh giá năm 2021 (bài báo: "
                                + count(Phuong5Members.RATED_2021) + " đảng viên được đánh giá)",
                        "Against the article: " + count(ward.total()) + " − " + count(exempted) + " − " + count(late)
                                + " = " + count(rated) + " members to be rated for 2021 (the article: "
                                + count(Phuong5Members.RATED_2021) + " members rated)"));
        int admitted = 0;
        for (MemberStanding s : chibo.members()
                .standingsOn(READER, Phuong5Scenario.PHUONG_5, HALF_TERM_END)
                .values()) {
            LocalDate ceremony = ceremonyOf(s.member(), HALF_TERM_END);
            if (s.isMember() && ceremony != null && !ceremony.isBefore(Phuong5Scenario.TERM_START)) {
                admitted++;
            }
        }
        out.println("  "
                + text(
                        locale,
                        "Kết nạp từ đầu nhiệm kỳ (" + format(Phuong5Scenario.TERM_START, locale) + ") đến "
                                + format(HALF_TERM_END, locale) + ": " + count(admitted)
                                + " đảng viên (bài báo: qua nửa nhiệm kỳ đã kết nạp 24 đảng viên)",
                        "Admitted from the start of the term (" + format(Phuong5Scenario.TERM_START, locale)
                                + ") to " + format(HALF_TERM_END, locale) + ": " + count(admitted)
                                + " members (the article: 24 admitted in half a term)"));
        out.println();
    }

    private String line(String name, RosterSnapshot r) {
        return name
                + text(
                        locale,
                        ": " + count(r.total()) + " đảng viên (chính thức " + count(r.full()) + ", dự bị "
                                + count(r.probationary()) + ", chờ công nhận chính thức "
                                + count(r.awaitingRecognition()) + ")",
                        ": " + count(r.total()) + " members (full " + count(r.full()) + ", probationary "
                                + count(r.probationary()) + ", awaiting recognition "
                                + count(r.awaitingRecognition()) + ")");
    }

    private RosterSnapshot roster(OrganizationId organization, LocalDate date) {
        return chibo.members().roster(READER, organization, date);
    }

    private @Nullable LocalDate ceremonyOf(MemberId member, LocalDate date) {
        return chibo.members()
                .find(READER, member)
                .flatMap(h -> h.membershipOn(date))
                .flatMap(Membership::ceremonyDate)
                .orElse(null);
    }

    // ---------------------------------------------------------------- structure

    private void structure() {
        out.println(text(
                locale,
                "Đánh giá cơ cấu Chi bộ Khu phố 3 theo đảng số thực tế",
                "Structural assessment of Chi bộ Khu phố 3 from its real roster"));
        for (LocalDate date : List.of(Phuong5Scenario.ARTICLE_DATE, Phuong5Scenario.RESTRUCTURING)) {
            RosterSnapshot r = roster(Phuong5Scenario.KHU_PHO_3, date);
            StructureReport report = chibo.members().assessStructure(READER, Phuong5Scenario.KHU_PHO_3, date);
            String policy = report.appliedPolicy().map(PolicyRef::id).orElse("-");
            out.println("  " + format(date, locale) + ": " + line("Chi bộ Khu phố 3", r) + " [" + policy + "]");
            if (report.findings().isEmpty()) {
                out.println("    " + text(locale, "không có phát hiện", "no findings"));
            }
            for (Finding f : report.findings()) {
                out.println("    [" + f.code() + "] " + f.severity().label().in(locale) + ": " + f.message(locale));
            }
        }
        out.println();
    }

    // ---------------------------------------------------------------- residence

    private void residences() {
        LocalDate date = Phuong5Scenario.ARTICLE_DATE;
        ResidenceCensus census = chibo.residences().census(READER, Phuong5Scenario.PHUONG_5, date);
        out.println(text(
                        locale,
                        "Đảng viên đương chức cư trú trên địa bàn ngày ",
                        "Serving members residing in the ward on ")
                + format(date, locale) + " (QĐ 213-QĐ/TW): " + count(census.registered())
                + text(locale, " (bài báo: \"gần 2.400\")", " (the article: \"nearly 2,400\")"));
        out.println("  "
                + text(
                        locale,
                        "miễn sinh hoạt nơi cư trú (HD 33-HD/BTCTW): " + count(census.exemptFromActivity())
                                + "; Khu phố 3: " + count(census.inCell(Phuong5Scenario.KHU_PHO_3)) + "; Khu phố 7: "
                                + count(census.inCell(Phuong5Scenario.KHU_PHO_7)),
                        "exempt from residence activity (HD 33-HD/BTCTW): " + count(census.exemptFromActivity())
                                + "; Khu phố 3: " + count(census.inCell(Phuong5Scenario.KHU_PHO_3)) + "; Khu phố 7: "
                                + count(census.inCell(Phuong5Scenario.KHU_PHO_7))));
        out.println("  "
                + text(
                        locale,
                        "họ sinh hoạt đảng ở nơi công tác, không thuộc đảng số của Đảng bộ Phường 5",
                        "they belong to their workplaces' party organisations, not to Đảng bộ Phường 5's roll"));
        out.println();
    }

    // ---------------------------------------------------------------- compliance

    private void compliance(OrganizationId cell) {
        YearMonth from = Phuong5Meetings.YEAR.atMonth(1);
        YearMonth to = Phuong5Meetings.YEAR.atMonth(12);
        ComplianceReport report = chibo.meetings().compliance(READER, cell, from, to);
        List<Meeting> meetings = chibo.meetings().meetings(READER, cell, from.atDay(1), to.atEndOfMonth());
        long regular = meetings.stream().filter(Meeting::isRegular).count();
        long combined =
                meetings.stream().filter(m -> m.isRegular() && m.alsoThematic()).count();
        long thematic =
                meetings.stream().filter(m -> m.kind() == MeetingKind.THEMATIC).count();
        long committee =
                meetings.stream().filter(m -> m.kind() == MeetingKind.COMMITTEE).count();
        String name = chibo.organizations()
                .find(READER, cell)
                .flatMap(h -> h.on(to.atEndOfMonth()))
                .map(s -> s.name())
                .orElse(cell.toString());
        List<String> parts = new ArrayList<>();
        parts.add(text(
                locale,
                count(regular) + " sinh hoạt thường kỳ, trong đó " + count(combined) + " kết hợp chuyên đề",
                count(regular) + " regular, " + count(combined) + " of them combined with a thematic meeting"));
        if (thematic > 0) {
            parts.add(text(
                    locale, count(thematic) + " sinh hoạt chuyên đề riêng", count(thematic) + " separate thematic"));
        }
        if (committee > 0) {
            parts.add(text(locale, count(committee) + " họp chi ủy", count(committee) + " committee"));
        }
        String policies = report.policies().stream()
                .map(PolicyRef::id)
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("-");
        out.println(text(locale, "Sinh hoạt năm ", "Meetings of ") + Phuong5Meetings.YEAR + " — " + name + ": "
                + count(report.meetings()) + text(locale, " cuộc họp (", " meetings (") + String.join("; ", parts)
                + "); " + count(report.findings().size()) + text(locale, " phát hiện", " findings") + " [" + policies
                + "]");
        for (Finding f : report.findings()) {
            out.println("  [" + f.code() + "] " + readable(f.subject()) + ": " + f.message(locale));
        }
        out.println();
    }

    // ---------------------------------------------------------------- evaluations

    private void evaluations() {
        out.println(text(
                locale,
                "Đánh giá, xếp loại chất lượng (từ các quyết định đã lưu)",
                "The yearly review (from the decisions stored)"));
        for (Phuong5Evaluations.Plan plan : Phuong5Evaluations.PLANS) {
            Year year = plan.year();
            EvaluationReport report =
                    chibo.evaluations().report(READER, Phuong5Scenario.PHUONG_5, year, QuotaBase.GOOD);
            out.println("  " + report.sentence(locale));
            out.println("    "
                    + text(locale, "Xếp loại đảng viên", "Members by grade")
                    + " [" + report.regime().id() + "]: "
                    + report.membersByGrade().entrySet().stream()
                            .map(e -> e.getKey().abbreviation() + " " + count(e.getValue()))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("-")
                    + text(locale, "; chi bộ: ", "; cells: ")
                    + report.cellsByGrade().entrySet().stream()
                            .map(e -> e.getKey().abbreviation() + " " + count(e.getValue()))
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("-"));
            for (QuotaBase base : QuotaBase.values()) {
                EvaluationReport read = base == QuotaBase.GOOD
                        ? report
                        : chibo.evaluations().report(READER, Phuong5Scenario.PHUONG_5, year, base);
                for (Finding f : read.quota().findings()) {
                    out.println("    [" + f.code() + "] " + f.severity().label().in(locale) + ": " + f.message(locale));
                }
            }
        }
        out.println("  "
                + text(
                        locale,
                        "Ghi chú: dưới mức hoàn thành tốt, năm 2021 có " + count(Phuong5Evaluations.Y2021.completed())
                                + " đảng viên hoàn thành nhiệm vụ và "
                                + count(Phuong5Evaluations.Y2021.notCompleted())
                                + " không hoàn thành nhiệm vụ, năm 2022 có "
                                + count(Phuong5Evaluations.Y2022.completed()) + " và "
                                + count(Phuong5Evaluations.Y2022.notCompleted())
                                + " (bài báo không nêu: minh họa, đảng viên không hoàn thành nhiệm vụ chỉ ở các chi bộ"
                                + " xếp loại hoàn thành nhiệm vụ); chi bộ nào, đảng viên nào được xếp loại nào là"
                                + " minh họa.",
                        "Note: below good, " + count(Phuong5Evaluations.Y2021.completed()) + " members completed"
                                + " their tasks and " + count(Phuong5Evaluations.Y2021.notCompleted())
                                + " did not in 2021, " + count(Phuong5Evaluations.Y2022.completed()) + " and "
                                + count(Phuong5Evaluations.Y2022.notCompleted())
                                + " in 2022 (the article does not say: illustrative, the members who did not complete"
                                + " are only in the cells rated completed); which cell and which member got which"
                                + " grade is illustrative."));
        out.println();
    }

    /** A finding's subject with member identities as names and dates as the locale writes them. */
    private String readable(String subject) {
        Matcher ids = UUID_TEXT.matcher(subject);
        StringBuilder named = new StringBuilder();
        while (ids.find()) {
            MemberId id = MemberId.parse(ids.group());
            String name = chibo.members()
                    .find(READER, id)
                    .flatMap(MemberHistory::profile)
                    .map(MemberProfile::fullName)
                    .orElse(ids.group());
            ids.appendReplacement(named, Matcher.quoteReplacement(name));
        }
        ids.appendTail(named);
        Matcher dates = ISO_DATE.matcher(named);
        StringBuilder out = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(out, Matcher.quoteReplacement(format(LocalDate.parse(dates.group()), locale)));
        }
        dates.appendTail(out);
        return out.toString();
    }

    private String count(long n) {
        return Numbers.count(n, locale);
    }
}
