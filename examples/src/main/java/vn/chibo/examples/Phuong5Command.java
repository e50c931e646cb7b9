package vn.chibo.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.organization.CommitteeRole;
import vn.chibo.domain.organization.CommitteeSeat;
import vn.chibo.domain.organization.OrganizationHistory;
import vn.chibo.domain.organization.OrganizationKind;
import vn.chibo.domain.organization.OrganizationState;
import vn.chibo.domain.organization.OrganizationTree;

/**
 * {@code chibo phuong5}: the seed scenario's organisation tree as of a date, then the rosters of
 * 31/12/2021, Khu phố 3's structural assessment, the serving members residing in the ward and the
 * 2023 compliance of Khu phố 3 and 7 ({@link Phuong5Report}), then the 2022 snapshot and report
 * written as JSON and read back ({@link Phuong5Json}), and last the scenario stored in an H2 file
 * whose reports of 2021 and 2022 must agree with memory's ({@link Phuong5Database}; exit status 1
 * if they do not).
 */
@Command(
        name = "phuong5",
        mixinStandardHelpOptions = true,
        description = "Cây tổ chức Đảng bộ Phường 5 (Đông Hà) theo ngày / the Phường 5 organisation tree as of a date")
final class Phuong5Command implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli
    private CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--as-of",
            description = "the date (yyyy-MM-dd); without it: the article's date 2023-11-23 and 2025-07-01")
    private @Nullable LocalDate asOf;

    @Option(names = "--lang", defaultValue = "vi", description = "vi (default) or en")
    private String lang = "vi";

    @Option(
            names = "--json-dir",
            defaultValue = "target/phuong5-json",
            description = "where the 2022 snapshot and report are written as JSON (default target/phuong5-json)")
    private Path jsonDir = Path.of("target", "phuong5-json");

    @Option(
            names = "--h2",
            paramLabel = "FILE",
            defaultValue = Phuong5Database.DEFAULT_FILE,
            description = "the H2 file the scenario is stored in, without its .mv.db ending, replaced on every run"
                    + " (default ${DEFAULT-VALUE})")
    private Path h2 = Path.of(Phuong5Database.DEFAULT_FILE);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Label.VIETNAMESE;
        Chibo chibo = Phuong5Scenario.load(Clock.systemUTC());
        List<LocalDate> dates = new ArrayList<>();
        if (asOf != null) {
            dates.add(asOf);
        } else {
            dates.add(Phuong5Scenario.ARTICLE_DATE);
            dates.add(Phuong5Scenario.RESTRUCTURING);
        }
        for (LocalDate date : dates) {
            print(out, chibo, date, locale);
        }
        out.println(text(
                locale,
                "Ghi chú: tên các chi bộ ngoài Khu phố 3 và Khu phố 7, ngày đại hội, các cấp ủy viên ngoài các bí thư"
                        + " và tên phường sau 01/7/2025 là minh họa.",
                "Note: the cells other than Khu phố 3 and Khu phố 7, the congress date, the committee members other"
                        + " than the secretaries and the ward's name after 1 July 2025 are illustrative."));
        out.println();
        Phuong5Report.print(chibo, out, locale);
        try {
            out.println(Phuong5Json.roundTrip(chibo, jsonDir, locale));
        } catch (IOException e) {
            spec.commandLine().getErr().println(jsonDir + ": " + e.getMessage());
            return 1;
        }
        Phuong5Database.Outcome stored;
        try {
            stored = Phuong5Database.storeAndCompare(chibo, h2);
        } catch (IOException e) {
            spec.commandLine().getErr().println(h2 + ": " + e.getMessage());
            return 1;
        }
        Phuong5Database.print(stored, out, locale);
        return stored.agree() ? 0 : 1;
    }

    private static void print(PrintWriter out, Chibo chibo, LocalDate date, Locale locale) {
        OrganizationTree.Snapshot snap = chibo.organizations().treeOn(Phuong5Scenario.PROVINCE_CLERK, date);
        out.println(text(locale, "Cây tổ chức ngày ", "Organisation tree on ") + format(date, locale));
        out.print(snap.render(Phuong5Scenario.QUANG_TRI, locale));
        OrganizationState grassroots = snap.get(Phuong5Scenario.PHUONG_5)
                .or(() -> snap.get(Phuong5Scenario.MERGED_WARD))
                .orElseThrow();
        long cells = snap.children(grassroots.id()).stream()
                .filter(s -> s.kind() == OrganizationKind.CELL || s.kind() == OrganizationKind.GRASSROOTS_CELL)
                .count();
        out.println(text(locale, "Số chi bộ trực thuộc ", "Cells under ") + grassroots.name() + ": " + cells);
        OrganizationHistory ward = chibo.organizations()
                .find(Phuong5Scenario.PROVINCE_CLERK, grassroots.id())
                .orElseThrow();
        ward.termOn(date).ifPresent(term -> out.println(term.label().in(locale)));
        printSeats(out, ward, date, locale);
        OrganizationHistory kp3 = chibo.organizations()
                .find(Phuong5Scenario.PROVINCE_CLERK, Phuong5Scenario.KHU_PHO_3)
                .orElseThrow();
        printSeats(out, kp3, date, locale);
        out.println();
    }

    private static void printSeats(PrintWriter out, OrganizationHistory org, LocalDate date, Locale locale) {
        List<CommitteeSeat> seats = org.seatsOn(date);
        if (seats.isEmpty()) {
            return;
        }
        String name = org.on(date).map(OrganizationState::name).orElse(org.id().toString());
        long committee =
                seats.stream().filter(s -> s.role() instanceof CommitteeRole).count();
        out.println(name
                + text(locale, ": cấp ủy ", ": committee of ")
                + committee
                + text(locale, " thành viên", " members"));
        for (CommitteeSeat s : seats) {
            out.println("  " + s.role().label().in(locale) + ": " + Phuong5Scenario.nameOf(s.member()));
        }
    }

    static String format(LocalDate date, Locale locale) {
        return "en".equals(locale.getLanguage())
                ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static String text(Locale locale, String vi, String en) {
        return Label.of(vi, en).in(locale);
    }
}
