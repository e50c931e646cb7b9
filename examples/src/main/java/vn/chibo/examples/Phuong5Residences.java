package vn.chibo.examples;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.chibo.domain.Chibo;
import vn.chibo.domain.common.Actor;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.member.Sex;
import vn.chibo.domain.member.residence.EndReason;
import vn.chibo.domain.member.residence.ExemptionCategory;
import vn.chibo.domain.member.residence.ResidenceCommand;
import vn.chibo.domain.member.residence.Workplace;
import vn.chibo.domain.rule.Finding;

/**
 * The serving members who live in Phường 5 and keep contact with its residential cells (QĐ
 * 213-QĐ/TW, HD 33-HD/BTCTW): the article's "gần 2.400 đảng viên đương chức cư trú trên địa bàn".
 * {@value #REGISTERED} are registered from November 2020 (after HD 33) to October 2023, three in
 * four during the first registration drive up to June 2021, spread over the residential cells Khu
 * phố 1 to 12 by the cells' sizes (Khu phố 13 from its founding in March 2022); {@value #ENDED}
 * of them moved away or left their workplace in 2023, which leaves {@value #REGISTERED_ON_ARTICLE_DATE}
 * on the article's date. About one in twenty-five is in a category of HD 33 item 1 exempt from
 * residence activity. Names and workplaces are illustrative; none of these people is a member of
 * Đảng bộ Phường 5, and none appears in its rosters.
 */
final class Phuong5Residences {
    /** Serving members ever registered. */
    static final int REGISTERED = 2_400;
    /** Registrations ended before the article's date. */
    static final int ENDED = 14;
    /** Serving members registered on 23/11/2023. */
    static final int REGISTERED_ON_ARTICLE_DATE = REGISTERED - ENDED;

    private static final List<String> WORKPLACES = List.of(
            "Đảng bộ Văn phòng Tỉnh ủy Quảng Trị",
            "Đảng bộ Sở Tài chính tỉnh Quảng Trị",
            "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Quảng Trị",
            "Đảng bộ Sở Y tế tỉnh Quảng Trị",
            "Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Trị",
            "Đảng bộ Công an tỉnh Quảng Trị",
            "Đảng bộ Bộ Chỉ huy Quân sự tỉnh Quảng Trị",
            "Đảng bộ Cục Thuế tỉnh Quảng Trị",
            "Đảng bộ Kho bạc Nhà nước Quảng Trị",
            "Đảng bộ Báo Quảng Trị",
            "Đảng bộ Đài Phát thanh - Truyền hình Quảng Trị",
            "Đảng bộ Trường Đại học (phân hiệu) tại Quảng Trị",
            "Chi bộ Trường THPT Đông Hà",
            "Chi bộ Trường THPT Lê Lợi",
            "Đảng bộ Cơ quan Thành ủy Đông Hà",
            "Đảng bộ Cơ quan chính quyền thành phố Đông Hà",
            "Đảng bộ Công an thành phố Đông Hà",
            "Đảng bộ Điện lực Quảng Trị",
            "Đảng bộ Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Quảng Trị",
            "Đảng bộ Viễn thông Quảng Trị",
            "Đảng bộ Công ty Cổ phần Cấp nước Quảng Trị",
            "Đảng bộ Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị",
            "Đảng bộ Bảo hiểm xã hội tỉnh Quảng Trị",
            "Đảng bộ Ban Quản lý Khu kinh tế tỉnh Quảng Trị");

    private static final List<ExemptionCategory> EXEMPT = List.of(
            ExemptionCategory.ARMED_FORCES_IN_BARRACKS,
            ExemptionCategory.MOBILE_OR_AWAY_WORKER,
            ExemptionCategory.FULL_TIME_STUDY);

    private static final LocalDate DRIVE_START = LocalDate.of(2020, 11, 2);
    private static final LocalDate DRIVE_END = LocalDate.of(2021, 6, 30);
    private static final LocalDate LAST = LocalDate.of(2023, 10, 31);
    private static final LocalDate ENDS_FROM = LocalDate.of(2023, 2, 1);

    private Phuong5Residences() {}

    /** The identity of the {@code i}-th serving member registered. */
    static MemberId id(int i) {
        return MemberId.of(UUID.nameUUIDFromBytes(("phuong5/residing/" + i).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Generates the registrations from {@code random} and records them through {@link
     * Chibo#residences()}.
     *
     * @return what the residence rules found while recording
     */
    static ImmutableList<Finding> record(Chibo chibo, Actor clerk, Random random) {
        ImmutableList.Builder<Finding> findings = ImmutableList.builder();
        VietnameseNames names = new VietnameseNames(random);
        List<String> cells = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        Phuong5Members.SIZES_2021.forEach((name, size) -> {
            if (name.contains("Khu phố")) {
                cells.add(name);
                weights.add(size);
            }
        });
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        List<ResidenceCommand> commands = new ArrayList<>();
        List<LocalDate> registeredOn = new ArrayList<>();
        for (int i = 0; i < REGISTERED; i++) {
            Sex sex = random.nextInt(100) < 42 ? Sex.FEMALE : Sex.MALE;
            LocalDate registered = random.nextInt(4) < 3
                    ? between(random, DRIVE_START, DRIVE_END)
                    : between(random, DRIVE_END.plusDays(1), LAST);
            OrganizationId cell;
            if (!registered.isBefore(Phuong5Scenario.CELL_2022_FOUNDED) && random.nextInt(100) < 15) {
                cell = Phuong5Scenario.id(Phuong5Scenario.CELL_2022);
            } else {
                int r = random.nextInt(total);
                int k = 0;
                while (r >= weights.get(k)) {
                    r -= weights.get(k);
                    k++;
                }
                cell = Phuong5Scenario.id(cells.get(k));
            }
            ExemptionCategory exemption = random.nextInt(25) == 0 ? EXEMPT.get(random.nextInt(EXEMPT.size())) : null;
            commands.add(new ResidenceCommand.Register(
                    id(i),
                    names.next(sex),
                    cell,
                    Workplace.named(WORKPLACES.get(random.nextInt(WORKPLACES.size()))),
                    registered.minusDays(2 + random.nextInt(20)),
                    registered,
                    exemption,
                    "Tiếp nhận giấy giới thiệu đảng viên đương chức về nơi cư trú (QĐ 213-QĐ/TW)"));
            registeredOn.add(registered);
        }
        for (int from = 0; from < commands.size(); from += Phuong5Members.BATCH) {
            findings.addAll(chibo.residences()
                    .executeAll(clerk, commands.subList(from, Math.min(commands.size(), from + Phuong5Members.BATCH)))
                    .findings());
        }
        List<ResidenceCommand> ends = new ArrayList<>();
        int step = REGISTERED / ENDED;
        for (int n = 0; n < ENDED; n++) {
            int i = n * step + random.nextInt(step);
            while (!registeredOn.get(i).isBefore(ENDS_FROM)) {
                i++;
            }
            LocalDate on = between(random, ENDS_FROM, LAST);
            boolean moved = n % 2 == 0;
            ends.add(new ResidenceCommand.End(
                    id(i),
                    on,
                    moved ? EndReason.MOVED_AWAY : EndReason.LEFT_WORKPLACE,
                    moved ? "Chuyển nơi cư trú ra ngoài phường (minh họa)" : "Nghỉ hưu (minh họa)",
                    "Kết thúc sinh hoạt nơi cư trú"));
        }
        findings.addAll(chibo.residences().executeAll(clerk, ends).findings());
        return findings.build();
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return from.plusDays(random.nextInt(days + 1));
    }
}
