package vn.chibo.domain.organization;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.common.DateRange;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.common.Recorded;
import vn.chibo.domain.common.Violation;
import vn.chibo.domain.rule.PolicyLookup;
import vn.chibo.domain.rule.PolicyRegistry;

/**
 * Checks an {@link OrganizationCommand} against the tree and the structure policy in force on its
 * date, and turns it into the facts to record, or into every violation it would cause. Pure: it
 * reads the tree it is given and changes nothing.
 *
 * <p>Hard invariants checked here (each violation names the rule code, the field path, the value
 * and the reason): unknown or duplicate identities; changes dated before an organisation was
 * founded or after it was dissolved; a parent of a kind the structure policy does not allow (a
 * party group under a committee); cycles; a child valid on days its parent is not; overlapping
 * seats of one member or of a single-holder role; committee roles in a party group and group roles
 * elsewhere; more committee members or deputy secretaries in a cell than the policy allows.
 */
public final class OrganizationPlanner {
    /** Rule code: an identity that does not exist. */
    public static final String UNKNOWN = "ORG-UNKNOWN";
    /** Rule code: an identity that already exists. */
    public static final String DUPLICATE_ID = "ORG-DUPLICATE-ID";
    /** Rule code: a change dated before the organisation was founded. */
    public static final String BEFORE_FOUNDED = "ORG-BEFORE-FOUNDED";
    /** Rule code: a change dated on or after the organisation's dissolution. */
    public static final String DISSOLVED = "ORG-DISSOLVED";
    /** Rule code: a child valid on days its parent does not exist. */
    public static final String PARENT_VALIDITY = "ORG-PARENT-VALIDITY";
    /** Rule code: an organisation would sit under itself. */
    public static final String CYCLE = "ORG-CYCLE";
    /** Rule code: two steps of one reorganisation change the same thing of one organisation. */
    public static final String STEP_CONFLICT = "ORG-STEP-CONFLICT";
    /** Rule code: a merge without a merged organisation, a split into fewer than two. */
    public static final String SHAPE = "ORG-REORGANIZATION-SHAPE";
    /** Rule code: a seat overlapping another of the same member or single-holder role. */
    public static final String SEAT_OVERLAP = "ORG-SEAT-OVERLAP";
    /** Rule code: a committee role in a party group, or a group role elsewhere. */
    public static final String SEAT_ROLE_KIND = "ORG-SEAT-ROLE-KIND";
    /** Rule code: a seat, term or assignment outside the days the organisation exists. */
    public static final String OUTSIDE_EXISTENCE = "ORG-OUTSIDE-EXISTENCE";
    /** Rule code: an end date not after its start date. */
    public static final String RANGE = "ORG-DATE-RANGE";
    /** Rule code: a seat that does not exist. */
    public static final String UNKNOWN_SEAT = "ORG-UNKNOWN-SEAT";
    /** Rule code: a congress already recorded. */
    public static final String TERM_DUPLICATE = "ORG-TERM-DUPLICATE";
    /** Rule code: supervising an organisation that is not below the supervisor's committee. */
    public static final String SUPERVISION_SCOPE = "ORG-SUPERVISION-SCOPE";
    /** Rule code: a supervisor who holds no committee seat there. */
    public static final String SUPERVISOR_SEAT = "ORG-SUPERVISOR-NOT-ON-COMMITTEE";

    private final OrganizationTree tree;
    private final PolicyRegistry policies;
    private final Recorded stamp;
    private final String prefix;
    private final List<Violation> violations = new ArrayList<>();

    private OrganizationPlanner(OrganizationTree tree, PolicyRegistry policies, Recorded stamp, String prefix) {
        this.tree = tree;
        this.policies = policies;
        this.stamp = stamp;
        this.prefix = prefix;
    }

    /**
     * Checks {@code command} against {@code tree}.
     *
     * @param tree every organisation the command may touch, with its ancestors
     * @param policies where the structure policy of each date is found
     * @param stamp the record stamp of the facts produced
     * @param pathPrefix put before every violation path (e.g. {@code commands[2].}); may be empty
     */
    public static CommandOutcome plan(
            OrganizationTree tree,
            OrganizationCommand command,
            PolicyRegistry policies,
            Recorded stamp,
            String pathPrefix) {
        OrganizationPlanner p = new OrganizationPlanner(tree, policies, stamp, pathPrefix);
        List<OrganizationFact> facts = p.dispatch(command);
        return p.violations.isEmpty() ? new CommandOutcome.Accepted(facts) : new CommandOutcome.Rejected(p.violations);
    }

    private List<OrganizationFact> dispatch(OrganizationCommand command) {
        if (command instanceof OrganizationCommand.Reorganize r) {
            return reorganize(r);
        } else if (command instanceof OrganizationCommand.TakeSeat s) {
            return takeSeat(s);
        } else if (command instanceof OrganizationCommand.VacateSeat v) {
            return vacateSeat(v);
        } else if (command instanceof OrganizationCommand.OpenTerm t) {
            return openTerm(t);
        } else if (command instanceof OrganizationCommand.AssignSupervision a) {
            return assignSupervision(a);
        } else if (command instanceof OrganizationCommand.ImposeDiscipline d) {
            return imposeDiscipline(d);
        } else if (command instanceof OrganizationCommand.ApproveException e) {
            return approveException(e);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    // ---------------------------------------------------------------- reorganisations

    private List<OrganizationFact> reorganize(OrganizationCommand.Reorganize cmd) {
        LocalDate day = cmd.effective();
        ReorganizationRef ref = new ReorganizationRef(cmd.id(), cmd.kind(), cmd.decision());
        List<OrganizationFact> facts = new ArrayList<>();
        Map<OrganizationId, Integer> stepOf = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Set<OrganizationId> founded = new HashSet<>();
        for (int i = 0; i < cmd.steps().size(); i++) {
            OrganizationCommand.Step step = cmd.steps().get(i);
            String path = "steps[" + i + "]";
            OrganizationId target = target(step);
            if (!seen.add(step.getClass().getSimpleName() + "/" + target)) {
                fail(
                        path + ".organization",
                        STEP_CONFLICT,
                        describe(target),
                        Label.of(
                                "hai bước cùng loại cho cùng một tổ chức trong một lần sắp xếp",
                                "two steps of the same kind for the same organisation in one reorganisation"));
                continue;
            }
            stepOf.putIfAbsent(target, i);
            if (step instanceof OrganizationCommand.Found f) {
                if (tree.history(f.organization()).isPresent() || !founded.add(f.organization())) {
                    fail(
                            path + ".organization",
                            DUPLICATE_ID,
                            f.organization().toString(),
                            Label.of("mã tổ chức này đã tồn tại", "an organisation with this identity exists"));
                    continue;
                }
                facts.add(new OrganizationFact.Founded(
                        f.organization(), day, f.kind(), f.name().strip(), f.parent(), ref, stamp));
            } else if (!founded.contains(target) && !requireAlive(target, day, path + ".organization")) {
                continue;
            } else if (step instanceof OrganizationCommand.Rename r) {
                facts.add(new OrganizationFact.Renamed(
                        r.organization(), day, r.name().strip(), ref, stamp));
            } else if (step instanceof OrganizationCommand.ChangeKind k) {
                facts.add(new OrganizationFact.KindChanged(k.organization(), day, k.kind(), ref, stamp));
            } else if (step instanceof OrganizationCommand.Reparent p) {
                facts.add(new OrganizationFact.Reparented(p.organization(), day, p.parent(), ref, stamp));
            } else if (step instanceof OrganizationCommand.Dissolve d) {
                if (target.equals(d.mergedInto())) {
                    fail(
                            path + ".mergedInto",
                            CYCLE,
                            describe(target),
                            Label.of(
                                    "không thể sáp nhập tổ chức vào chính nó",
                                    "cannot merge an organisation into itself"));
                    continue;
                }
                facts.add(new OrganizationFact.Dissolved(d.organization(), day, d.mergedInto(), ref, stamp));
            }
        }
        checkShape(cmd);
        OrganizationTree after = apply(tree, facts);
        checkStructure(after, day, stepOf);
        return facts;
    }

    private static OrganizationId target(OrganizationCommand.Step step) {
        if (step instanceof OrganizationCommand.Found f) {
            return f.organization();
        } else if (step instanceof OrganizationCommand.Rename r) {
            return r.organization();
        } else if (step instanceof OrganizationCommand.ChangeKind k) {
            return k.organization();
        } else if (step instanceof OrganizationCommand.Reparent p) {
            return p.organization();
        } else if (step instanceof OrganizationCommand.Dissolve d) {
            return d.organization();
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    private void checkShape(OrganizationCommand.Reorganize cmd) {
        long merged = cmd.steps().stream()
                .filter(s -> s instanceof OrganizationCommand.Dissolve d && d.mergedInto() != null)
                .count();
        long foundings = cmd.steps().stream()
                .filter(OrganizationCommand.Found.class::isInstance)
                .count();
        if (cmd.kind() == ReorganizationKind.MERGE && merged == 0) {
            fail(
                    "steps",
                    SHAPE,
                    cmd.kind().name(),
                    Label.of(
                            "sáp nhập cần ít nhất một tổ chức giải thể vào tổ chức khác",
                            "a merge needs at least one organisation dissolved into another"));
        }
        if (cmd.kind() == ReorganizationKind.SPLIT && foundings < 2) {
            fail(
                    "steps",
                    SHAPE,
                    cmd.kind().name(),
                    Label.of(
                            "chia tách cần thành lập ít nhất hai tổ chức mới",
                            "a split needs at least two new organisations"));
        }
    }

    /** The structural checks on the tree after the change, for every organisation it affects. */
    private void checkStructure(OrganizationTree after, LocalDate day, Map<OrganizationId, Integer> stepOf) {
        OrganizationTree.Snapshot snap = after.on(day);
        Map<OrganizationId, Integer> affected = new LinkedHashMap<>(stepOf);
        for (OrganizationState s : snap.states().values()) {
            OrganizationId parent = s.parent();
            if (parent != null && stepOf.containsKey(parent)) {
                affected.putIfAbsent(s.id(), stepOf.get(parent));
            }
        }
        for (Map.Entry<OrganizationId, Integer> e : affected.entrySet()) {
            OrganizationId id = e.getKey();
            String path = "steps[" + e.getValue() + "]";
            OrganizationState s = snap.states().get(id);
            if (s == null) {
                continue; // dissolved by this change
            }
            if (hasCycle(snap, id)) {
                fail(
                        path + ".parent",
                        CYCLE,
                        describe(id),
                        Label.of("tổ chức sẽ trực thuộc chính nó", "the organisation would sit under itself"));
                continue;
            }
            OrganizationId parentId = s.parent();
            OrganizationState parent = parentId == null ? null : snap.states().get(parentId);
            if (parent != null) {
                PolicyLookup<StructurePolicy> lookup =
                        policies.find(StructurePolicy.KIND, day, snap.pathFromRoot(id), s.name());
                Optional<StructurePolicy> policy = lookup.policy();
                if (policy.isPresent() && !policy.get().allows(parent.kind(), s.kind())) {
                    fail(
                            path + ".parent",
                            StructurePolicy.PARENT_KIND,
                            s.kind() + " under " + parent.kind(),
                            Label.of(
                                    s.kind().label().vi() + " không được trực thuộc "
                                            + parent.kind().label().vi()
                                            + " theo " + policy.get().id() + " ("
                                            + policy.get().sourceOf(StructurePolicy.PARENT_KIND) + ")",
                                    "a " + s.kind().label().en() + " may not sit under a "
                                            + parent.kind().label().en() + " under "
                                            + policy.get().id() + " ("
                                            + policy.get().sourceOf(StructurePolicy.PARENT_KIND) + ")"));
                }
            }
            checkParentValidity(after, id, day, path);
        }
    }

    /**
     * Whether {@code id} would sit under itself. An organisation merely below a cycle is not in it:
     * it is judged on its own parent.
     */
    private static boolean hasCycle(OrganizationTree.Snapshot snap, OrganizationId id) {
        Set<OrganizationId> seen = new HashSet<>();
        OrganizationState s = snap.states().get(id);
        while (s != null && seen.add(s.id())) {
            OrganizationId p = s.parent();
            if (id.equals(p)) {
                return true;
            }
            s = p == null ? null : snap.states().get(p);
        }
        return false;
    }

    /** Every state of {@code id} from {@code day} on lies within its parent's existence. */
    private void checkParentValidity(OrganizationTree after, OrganizationId id, LocalDate day, String path) {
        OrganizationHistory h = after.history(id).orElseThrow();
        for (OrganizationState s : h.states()) {
            OrganizationId parentId = s.parent();
            if (parentId == null || !s.valid().overlaps(DateRange.startingOn(day))) {
                continue;
            }
            LocalDate from = s.valid().from().isBefore(day) ? day : s.valid().from();
            DateRange needed = new DateRange(from, s.valid().until());
            Optional<OrganizationHistory> parent = after.history(parentId);
            Optional<DateRange> parentExists = parent.flatMap(OrganizationHistory::existence);
            if (parentExists.isEmpty() || !parentExists.get().encloses(needed)) {
                fail(
                        path + ".parent",
                        PARENT_VALIDITY,
                        describe(id) + " " + needed + " under " + describe(parentId) + " "
                                + parentExists.map(DateRange::toString).orElse("(never founded)"),
                        Label.of(
                                "tổ chức trực thuộc một tổ chức không tồn tại trong cùng thời gian",
                                "the organisation would be valid on days its parent does not exist"));
                return;
            }
        }
    }

    private static OrganizationTree apply(OrganizationTree tree, List<OrganizationFact> facts) {
        Map<OrganizationId, List<OrganizationFact>> byOrg = new LinkedHashMap<>();
        for (OrganizationFact f : facts) {
            byOrg.computeIfAbsent(f.organization(), k -> new ArrayList<>()).add(f);
        }
        Map<OrganizationId, OrganizationHistory> all = new LinkedHashMap<>(tree.histories());
        byOrg.forEach((id, more) -> {
            OrganizationHistory h = all.get(id);
            all.put(id, h == null ? OrganizationHistory.of(id, more) : h.append(more));
        });
        return OrganizationTree.of(all.values());
    }

    // ---------------------------------------------------------------- seats

    private List<OrganizationFact> takeSeat(OrganizationCommand.TakeSeat cmd) {
        if (cmd.until() != null && !cmd.until().isAfter(cmd.from())) {
            fail(
                    "until",
                    RANGE,
                    cmd.until().toString(),
                    Label.of("ngày kết thúc phải sau ngày bắt đầu", "the end must be after the start"));
            return List.of();
        }
        Optional<OrganizationHistory> found = history(cmd.organization(), "organization");
        if (found.isEmpty()) {
            return List.of();
        }
        OrganizationHistory h = found.get();
        DateRange range = new DateRange(cmd.from(), cmd.until());
        if (!requireWithin(h, range, "from")) {
            return List.of();
        }
        OrganizationState state = h.on(cmd.from()).orElseThrow();
        boolean groupRole = cmd.role() instanceof PartyGroupRole;
        if (groupRole != (state.kind() == OrganizationKind.PARTY_GROUP)) {
            fail(
                    "role",
                    SEAT_ROLE_KIND,
                    cmd.role().name() + " in " + state.kind(),
                    groupRole
                            ? Label.of(
                                    "chức danh tổ đảng chỉ có trong tổ đảng",
                                    "a party-group role exists only in a party group")
                            : Label.of(
                                    "tổ đảng không có cấp ủy; dùng tổ trưởng, tổ phó",
                                    "a party group has no committee; use leader and deputy leader"));
        }
        for (CommitteeSeat s : h.seats()) {
            if (s.seat().equals(cmd.seat())) {
                fail(
                        "seat",
                        DUPLICATE_ID,
                        cmd.seat().toString(),
                        Label.of("mã ghế này đã tồn tại", "a seat with this identity exists"));
            } else if (s.valid().overlaps(range) && s.member().equals(cmd.member())) {
                fail(
                        "member",
                        SEAT_OVERLAP,
                        cmd.member() + " " + range,
                        Label.of(
                                "đảng viên đã giữ " + s.role().label().vi() + " trong " + s.valid(),
                                "the member already holds " + s.role().label().en() + " during " + s.valid()));
            } else if (s.valid().overlaps(range) && s.role() == cmd.role() && singleHolder(cmd.role())) {
                fail(
                        "role",
                        SEAT_OVERLAP,
                        cmd.role().name() + " " + range,
                        Label.of(
                                cmd.role().label().vi() + " đã có người giữ trong " + s.valid(),
                                cmd.role().label().en() + " is already held during " + s.valid()));
            }
        }
        if (state.kind().isCell() && cmd.role() instanceof CommitteeRole role) {
            checkCellCommittee(h, range, role);
        }
        return List.of(new OrganizationFact.SeatTaken(
                cmd.organization(),
                cmd.from(),
                cmd.seat(),
                cmd.member(),
                cmd.role(),
                cmd.until(),
                cmd.congress(),
                stamp));
    }

    private static boolean singleHolder(Role role) {
        return role == CommitteeRole.SECRETARY || role == PartyGroupRole.LEADER || role == PartyGroupRole.DEPUTY_LEADER;
    }

    /** At most N committee members and N deputies on any day of the new seat. */
    private void checkCellCommittee(OrganizationHistory h, DateRange range, CommitteeRole role) {
        ImmutableList<OrganizationId> path = tree.on(range.from()).pathFromRoot(h.id());
        Optional<StructurePolicy> found = policies.find(StructurePolicy.KIND, range.from(), path, h.id().toString())
                .policy();
        if (found.isEmpty()) {
            return;
        }
        StructurePolicy policy = found.get();
        List<CommitteeSeat> overlapping = h.seats().stream()
                .filter(s -> s.role() instanceof CommitteeRole && s.valid().overlaps(range))
                .toList();
        List<LocalDate> checkpoints = new ArrayList<>();
        checkpoints.add(range.from());
        overlapping.stream().map(s -> s.valid().from()).filter(range::contains).forEach(checkpoints::add);
        int maxMembers = 0;
        int maxDeputies = 0;
        for (LocalDate d : checkpoints) {
            int members = 1;
            int deputies = role == CommitteeRole.DEPUTY_SECRETARY ? 1 : 0;
            for (CommitteeSeat s : overlapping) {
                if (s.valid().contains(d)) {
                    members++;
                    if (s.role() == CommitteeRole.DEPUTY_SECRETARY) {
                        deputies++;
                    }
                }
            }
            maxMembers = Math.max(maxMembers, members);
            maxDeputies = Math.max(maxDeputies, deputies);
        }
        if (maxMembers > policy.cellCommitteeMaxMembers()) {
            fail(
                    "role",
                    StructurePolicy.CELL_COMMITTEE_MAX,
                    Integer.toString(maxMembers),
                    Label.of(
                            "chi ủy có tối đa " + policy.cellCommitteeMaxMembers() + " ủy viên ("
                                    + policy.sourceOf(StructurePolicy.CELL_COMMITTEE_MAX) + ")",
                            "a cell committee has at most " + policy.cellCommitteeMaxMembers() + " members ("
                                    + policy.sourceOf(StructurePolicy.CELL_COMMITTEE_MAX) + ")"));
        }
        if (maxDeputies > policy.cellDeputySecretariesMax()) {
            fail(
                    "role",
                    StructurePolicy.CELL_DEPUTY_MAX,
                    Integer.toString(maxDeputies),
                    Label.of(
                            "chi bộ có tối đa " + policy.cellDeputySecretariesMax() + " phó bí thư ("
                                    + policy.sourceOf(StructurePolicy.CELL_DEPUTY_MAX) + ")",
                            "a cell has at most " + policy.cellDeputySecretariesMax() + " deputy secretary ("
                                    + policy.sourceOf(StructurePolicy.CELL_DEPUTY_MAX) + ")"));
        }
    }

    private List<OrganizationFact> vacateSeat(OrganizationCommand.VacateSeat cmd) {
        Optional<OrganizationHistory> found = history(cmd.organization(), "organization");
        if (found.isEmpty()) {
            return List.of();
        }
        Optional<CommitteeSeat> seat = found.get().seats().stream()
                .filter(s -> s.seat().equals(cmd.seat()))
                .findFirst();
        if (seat.isEmpty()) {
            fail("seat", UNKNOWN_SEAT, cmd.seat().toString(), Label.of("không có ghế này", "no such seat"));
            return List.of();
        }
        DateRange held = seat.get().valid();
        if (!cmd.on().isAfter(held.from()) || (held.until() != null && cmd.on().isAfter(held.until()))) {
            fail(
                    "on",
                    RANGE,
                    cmd.on().toString(),
                    Label.of(
                            "ngày thôi giữ phải nằm trong thời gian giữ " + held,
                            "the vacating date must fall within the seat's days " + held));
            return List.of();
        }
        return List.of(new OrganizationFact.SeatVacated(cmd.organization(), cmd.on(), cmd.seat(), stamp));
    }

    // ---------------------------------------------------------------- terms, supervision, discipline

    private List<OrganizationFact> openTerm(OrganizationCommand.OpenTerm cmd) {
        if (!requireAlive(cmd.organization(), cmd.held(), "held")) {
            return List.of();
        }
        OrganizationHistory h = tree.history(cmd.organization()).orElseThrow();
        if (h.terms().stream().anyMatch(t -> t.congress() == cmd.congress())) {
            fail(
                    "congress",
                    TERM_DUPLICATE,
                    Term.roman(cmd.congress()),
                    Label.of("đại hội lần này đã được ghi nhận", "this congress is already recorded"));
        }
        if (cmd.plannedEnd() <= cmd.held().getYear()) {
            fail(
                    "plannedEnd",
                    RANGE,
                    Integer.toString(cmd.plannedEnd()),
                    Label.of("nhiệm kỳ kết thúc sau năm đại hội", "a term ends after the year of its congress"));
        }
        return List.of(new OrganizationFact.TermOpened(
                cmd.organization(), cmd.held(), cmd.congress(), cmd.plannedEnd(), stamp));
    }

    private List<OrganizationFact> assignSupervision(OrganizationCommand.AssignSupervision cmd) {
        if (cmd.until() != null && !cmd.until().isAfter(cmd.from())) {
            fail(
                    "until",
                    RANGE,
                    cmd.until().toString(),
                    Label.of("ngày kết thúc phải sau ngày bắt đầu", "the end must be after the start"));
            return List.of();
        }
        boolean ok = requireAlive(cmd.organization(), cmd.from(), "organization");
        ok &= requireAlive(cmd.committeeOf(), cmd.from(), "committeeOf");
        if (!ok) {
            return List.of();
        }
        OrganizationTree.Snapshot snap = tree.on(cmd.from());
        if (cmd.organization().equals(cmd.committeeOf()) || !snap.isUnder(cmd.organization(), cmd.committeeOf())) {
            fail(
                    "organization",
                    SUPERVISION_SCOPE,
                    describe(cmd.organization()),
                    Label.of(
                            "tổ chức được phân công phụ trách phải trực thuộc " + describe(cmd.committeeOf()),
                            "the organisation followed must be below " + describe(cmd.committeeOf())));
        }
        boolean seated = tree.history(cmd.committeeOf()).orElseThrow().seatsOn(cmd.from()).stream()
                .anyMatch(s -> s.member().equals(cmd.supervisor()) && s.role() instanceof CommitteeRole);
        if (!seated) {
            fail(
                    "supervisor",
                    SUPERVISOR_SEAT,
                    cmd.supervisor().toString(),
                    Label.of(
                            "người được phân công không phải cấp ủy viên của " + describe(cmd.committeeOf())
                                    + " vào ngày " + cmd.from(),
                            "the supervisor holds no committee seat in " + describe(cmd.committeeOf()) + " on "
                                    + cmd.from()));
        }
        return List.of(new OrganizationFact.SupervisionAssigned(
                cmd.organization(), cmd.from(), cmd.supervisor(), cmd.committeeOf(), cmd.until(), stamp));
    }

    private List<OrganizationFact> imposeDiscipline(OrganizationCommand.ImposeDiscipline cmd) {
        if (!requireAlive(cmd.organization(), cmd.decided(), "decided")) {
            return List.of();
        }
        return List.of(new OrganizationFact.DisciplineImposed(
                cmd.organization(),
                cmd.decided(),
                cmd.form(),
                cmd.decidedBy().strip(),
                cmd.violation().strip(),
                stamp));
    }

    private List<OrganizationFact> approveException(OrganizationCommand.ApproveException cmd) {
        if (cmd.until() != null && !cmd.until().isAfter(cmd.from())) {
            fail(
                    "until",
                    RANGE,
                    cmd.until().toString(),
                    Label.of("ngày kết thúc phải sau ngày bắt đầu", "the end must be after the start"));
            return List.of();
        }
        if (!requireAlive(cmd.organization(), cmd.from(), "from")) {
            return List.of();
        }
        return List.of(new OrganizationFact.ExceptionApproved(
                cmd.organization(),
                cmd.from(),
                cmd.rule().strip(),
                cmd.decision().strip(),
                cmd.until(),
                stamp));
    }

    // ---------------------------------------------------------------- helpers

    private Optional<OrganizationHistory> history(OrganizationId id, String path) {
        Optional<OrganizationHistory> h = tree.history(id);
        if (h.isEmpty()) {
            fail(path, UNKNOWN, id.toString(), Label.of("không có tổ chức này", "no such organisation"));
        }
        return h;
    }

    /** Whether {@code id} exists on {@code day}; if not, says why. */
    private boolean requireAlive(OrganizationId id, LocalDate day, String path) {
        Optional<OrganizationHistory> h = history(id, path);
        if (h.isEmpty()) {
            return false;
        }
        if (h.get().on(day).isPresent()) {
            return true;
        }
        Optional<LocalDate> founded = h.get().founded();
        if (founded.isEmpty() || day.isBefore(founded.get())) {
            fail(
                    path,
                    BEFORE_FOUNDED,
                    describe(id) + " on " + day,
                    Label.of(
                            "ngày " + day + " trước ngày thành lập "
                                    + founded.map(LocalDate::toString).orElse("(chưa thành lập)"),
                            day + " is before the organisation was founded on "
                                    + founded.map(LocalDate::toString).orElse("(never)")));
        } else {
            fail(
                    path,
                    DISSOLVED,
                    describe(id) + " on " + day,
                    Label.of("tổ chức đã giải thể trước ngày " + day, "the organisation was dissolved before " + day));
        }
        return false;
    }

    /** The first day without the organisation before or on {@code day}. */
    private static LocalDate dissolvedOn(OrganizationHistory h, LocalDate day) {
        LocalDate end = day;
        for (OrganizationState s : h.states()) {
            LocalDate until = s.valid().until();
            if (until != null && !until.isAfter(day)) {
                end = until;
            }
        }
        return end;
    }

    /** The seat range lies within the organisation's existence. */
    private boolean requireWithin(OrganizationHistory h, DateRange range, String path) {
        Optional<DateRange> exists = h.existence();
        if (exists.isPresent() && exists.get().encloses(range)) {
            return true;
        }
        fail(
                path,
                OUTSIDE_EXISTENCE,
                range.toString(),
                Label.of(
                        "ngoài thời gian tồn tại của tổ chức "
                                + exists.map(DateRange::toString).orElse("(chưa thành lập)"),
                        "outside the days the organisation exists "
                                + exists.map(DateRange::toString).orElse("(never founded)")));
        return false;
    }

    private String describe(@Nullable OrganizationId id) {
        if (id == null) {
            return "(none)";
        }
        return tree.history(id)
                .flatMap(h -> h.states().isEmpty()
                        ? Optional.empty()
                        : Optional.of(h.states().get(h.states().size() - 1)))
                .map(s -> s.name() + " [" + id + "]")
                .orElse(id.toString());
    }

    private void fail(String path, String rule, String value, Label message) {
        violations.add(Violation.of(prefix + path, rule, value, message));
    }
}
