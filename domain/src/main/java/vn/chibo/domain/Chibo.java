package vn.chibo.domain;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chibo.domain.memory.InMemoryEvaluations;
import vn.chibo.domain.memory.InMemoryMeetings;
import vn.chibo.domain.memory.InMemoryMembers;
import vn.chibo.domain.memory.InMemoryOrganizations;
import vn.chibo.domain.memory.InMemoryResidenceLiaisons;
import vn.chibo.domain.memory.PortBulkLoader;
import vn.chibo.domain.memory.PortBulkReader;
import vn.chibo.domain.port.BulkLoader;
import vn.chibo.domain.port.BulkReader;
import vn.chibo.domain.port.Evaluations;
import vn.chibo.domain.port.Meetings;
import vn.chibo.domain.port.Members;
import vn.chibo.domain.port.Organizations;
import vn.chibo.domain.port.ResidenceLiaisons;
import vn.chibo.domain.rule.PolicyRegistry;
import vn.chibo.domain.rule.WorkingCalendar;

/**
 * The entry point of chibo: holds the clock, the zone, the validator, the policies, the working-day
 * calendar and the port implementations, and hands out the services of each area.
 *
 * <p>Build one with {@link #builder()}. Once built it is immutable and thread-safe; no state of
 * chibo is static.
 */
public final class Chibo {
    /** The zone chibo reads the host's clock in unless told otherwise. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;
    private final ZoneId zone;
    private final Validator validator;
    private final PolicyRegistry policies;
    private final WorkingCalendar calendar;
    private final OrganizationService organizations;
    private final MemberService members;
    private final MeetingService meetings;
    private final ResidenceService residences;
    private final EvaluationService evaluations;
    private final OversightService oversight;
    private final BulkLoader bulkLoader;
    private final BulkReader bulkReader;

    private Chibo(Builder b) {
        this.clock = b.clock;
        this.zone = b.zone;
        this.policies = b.policies != null ? b.policies : ChiboPolicies.central();
        this.calendar = b.calendar != null ? b.calendar : WorkingCalendar.vietnam();
        this.validator = b.validator != null ? b.validator : defaultValidator();
        Organizations organizationStore = b.organizations != null ? b.organizations : new InMemoryOrganizations();
        this.organizations = new OrganizationService(this, organizationStore);
        Members memberStore = b.members != null ? b.members : new InMemoryMembers(organizationStore);
        this.members = new MemberService(this, memberStore);
        Meetings meetingStore = b.meetings != null ? b.meetings : new InMemoryMeetings(organizationStore);
        this.meetings = new MeetingService(this, meetingStore);
        ResidenceLiaisons residenceStore =
                b.residenceLiaisons != null ? b.residenceLiaisons : new InMemoryResidenceLiaisons(organizationStore);
        this.residences = new ResidenceService(this, residenceStore);
        Evaluations evaluationStore =
                b.evaluations != null ? b.evaluations : new InMemoryEvaluations(organizationStore, memberStore);
        this.evaluations = new EvaluationService(this, evaluationStore, memberStore);
        this.bulkLoader = b.bulkLoader != null
                ? b.bulkLoader
                : new PortBulkLoader(organizationStore, memberStore, meetingStore, residenceStore, evaluationStore);
        this.bulkReader = b.bulkReader != null
                ? b.bulkReader
                : new PortBulkReader(organizationStore, memberStore, meetingStore, residenceStore, evaluationStore);
        this.oversight = new OversightService(this, memberStore);
    }

    private static Validator defaultValidator() {
        return Validation.buildDefaultValidatorFactory().getValidator();
    }

    /**
     * A builder with the system clock, the Vietnam zone, chibo's central policies, chibo's default
     * working calendar, a default validator and in-memory ports; set what the host provides.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The clock chibo reads "today" from. */
    public Clock clock() {
        return clock;
    }

    /** The zone "today" is read in ({@code Asia/Ho_Chi_Minh} by default). */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the configured zone: a host on UTC is not a day off between 17:00 and 24:00. */
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** The validator checking input at the boundary. */
    public Validator validator() {
        return validator;
    }

    /** The policies in force. */
    public PolicyRegistry policies() {
        return policies;
    }

    /**
     * The working-day calendar every deadline counted in working days uses: the host's, or {@link
     * WorkingCalendar#vietnam()}.
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The organisation area: the tree, its history, its commands and assessments. */
    public OrganizationService organizations() {
        return organizations;
    }

    /** The member area: admissions, recognition, transfers, conditions, discipline, party age. */
    public MemberService members() {
        return members;
    }

    /** The meeting area: records, votes, schedules, compliance. */
    public MeetingService meetings() {
        return meetings;
    }

    /**
     * Serving members at their residence (QĐ 213-QĐ/TW): registrations with residential cells,
     * meetings, yearly joint comments. They are never members of the residential organisation.
     */
    public ResidenceService residences() {
        return residences;
    }

    /**
     * The yearly review: self-assessment, proposal, decision under the regime of the review year,
     * publication, re-judging and the year's report.
     */
    public EvaluationService evaluations() {
        return evaluations;
    }

    /**
     * What reads several areas at once: members to consider for removal from the list, members
     * eligible for the five-year commendation.
     */
    public OversightService oversight() {
        return oversight;
    }

    /**
     * What stores many whole records at once (a migration, an import, generated data), all or
     * nothing, keeping their original recorded instants: the storage adapter's own loader, or a
     * {@link PortBulkLoader} over the configured stores.
     */
    public BulkLoader bulkLoader() {
        return bulkLoader;
    }

    /**
     * What reads whole records out of storage one at a time, in a stable order (for exports and
     * backups): the storage adapter's own reader, or a {@link PortBulkReader} over the configured
     * stores.
     */
    public BulkReader bulkReader() {
        return bulkReader;
    }

    /** Collects the parts of a {@link Chibo}. Not thread-safe; use it from one thread. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = VIETNAM;
        private @Nullable Validator validator;
        private @Nullable PolicyRegistry policies;
        private @Nullable WorkingCalendar calendar;
        private @Nullable Organizations organizations;
        private @Nullable Members members;
        private @Nullable Meetings meetings;
        private @Nullable ResidenceLiaisons residenceLiaisons;
        private @Nullable Evaluations evaluations;
        private @Nullable BulkLoader bulkLoader;
        private @Nullable BulkReader bulkReader;

        private Builder() {}

        /** The host's clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The zone dates are read in. */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The host's validator; without one chibo builds a default one (Hibernate Validator). */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** The policies; {@link ChiboPolicies#central()} if not set. */
        public Builder policies(PolicyRegistry policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * The working-day calendar; {@link WorkingCalendar#vietnam()} if not set. A host that has
         * the official days off of a year, or needs a year chibo has no data for, passes {@code
         * WorkingCalendar.vietnam().toBuilder().holidays(year, days).build()}.
         */
        public Builder calendar(WorkingCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /** Where organisations are kept; an {@link InMemoryOrganizations} if not set. */
        public Builder organizations(Organizations organizations) {
            this.organizations = Objects.requireNonNull(organizations, "organizations");
            return this;
        }

        /**
         * Where members are kept; an {@link InMemoryMembers} over the organisation store if not
         * set.
         */
        public Builder members(Members members) {
            this.members = Objects.requireNonNull(members, "members");
            return this;
        }

        /** Where meetings are kept; an {@link InMemoryMeetings} over the organisation store if not set. */
        public Builder meetings(Meetings meetings) {
            this.meetings = Objects.requireNonNull(meetings, "meetings");
            return this;
        }

        /**
         * Where the residence histories of serving members are kept; an {@link
         * InMemoryResidenceLiaisons} over the organisation store if not set.
         */
        public Builder residenceLiaisons(ResidenceLiaisons residenceLiaisons) {
            this.residenceLiaisons = Objects.requireNonNull(residenceLiaisons, "residenceLiaisons");
            return this;
        }

        /**
         * Where the yearly reviews are kept; an {@link InMemoryEvaluations} over the organisation
         * and member stores if not set.
         */
        public Builder evaluations(Evaluations evaluations) {
            this.evaluations = Objects.requireNonNull(evaluations, "evaluations");
            return this;
        }

        /**
         * What stores many records at once, all or nothing; a {@link PortBulkLoader} over the five
         * stores if not set. A storage adapter sets its own.
         */
        public Builder bulkLoader(BulkLoader bulkLoader) {
            this.bulkLoader = Objects.requireNonNull(bulkLoader, "bulkLoader");
            return this;
        }

        /**
         * What reads whole records out of storage one at a time; a {@link PortBulkReader} over the
         * five stores if not set. A storage adapter sets its own.
         */
        public Builder bulkReader(BulkReader bulkReader) {
            this.bulkReader = Objects.requireNonNull(bulkReader, "bulkReader");
            return this;
        }

        /** The built, immutable entry point. */
        public Chibo build() {
            return new Chibo(this);
        }
    }
}
