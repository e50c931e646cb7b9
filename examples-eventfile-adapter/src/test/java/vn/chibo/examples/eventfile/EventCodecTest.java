package vn.chibo.examples.eventfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.evaluation.EvaluationEntry;
import vn.chibo.domain.evaluation.EvaluationSubject;
import vn.chibo.domain.evaluation.Review;
import vn.chibo.domain.meeting.Ballot;
import vn.chibo.domain.member.MemberFact;
import vn.chibo.domain.member.Sponsor;
import vn.chibo.domain.member.residence.ResidenceFact;
import vn.chibo.domain.organization.OrganizationFact;
import vn.chibo.domain.organization.Role;

/** Every fact type and every event kind comes back from its record equal to what was written. */
class EventCodecTest {
    @Test
    void everyEventRoundTripsEqual() {
        for (Event event : Samples.events()) {
            assertThat(EventCodec.decode(EventCodec.encode(event)))
                    .as(event.kind())
                    .isEqualTo(event);
        }
    }

    @Test
    void theSamplesCoverEveryEventKind() {
        assertThat(classes(Samples.events())).isEqualTo(leaves(Event.class));
    }

    @Test
    void theSamplesCoverEveryOrganizationFactType() {
        assertThat(classes(Samples.organizationFacts())).isEqualTo(leaves(OrganizationFact.class));
        assertThat(Samples.organizationFacts().stream()
                        .filter(OrganizationFact.SeatTaken.class::isInstance)
                        .map(f -> ((OrganizationFact.SeatTaken) f).role().getClass())
                        .collect(Collectors.toSet()))
                .isEqualTo(leaves(Role.class));
    }

    @Test
    void theSamplesCoverEveryMemberFactType() {
        assertThat(classes(Samples.memberFacts())).isEqualTo(leaves(MemberFact.class));
        assertThat(Samples.memberFacts().stream()
                        .filter(MemberFact.AdmissionDecided.class::isInstance)
                        .flatMap(f -> ((MemberFact.AdmissionDecided) f).sponsors().stream())
                        .map(Object::getClass)
                        .collect(Collectors.toSet()))
                .isEqualTo(leaves(Sponsor.class));
    }

    @Test
    void theSamplesCoverEveryResidenceFactType() {
        assertThat(classes(Samples.residenceFacts())).isEqualTo(leaves(ResidenceFact.class));
    }

    @Test
    void theSamplesCoverEveryEvaluationEntryReviewAndSubjectType() {
        assertThat(classes(Samples.evaluationEntries())).isEqualTo(leaves(EvaluationEntry.class));
        assertThat(Samples.evaluationEntries().stream()
                        .filter(EvaluationEntry.Proposed.class::isInstance)
                        .map(e -> ((EvaluationEntry.Proposed) e).review().getClass())
                        .collect(Collectors.toSet()))
                .isEqualTo(leaves(Review.class));
        assertThat(Samples.evaluationEntries().stream()
                        .map(e -> e.key().subject().getClass())
                        .collect(Collectors.toSet()))
                .isEqualTo(leaves(EvaluationSubject.class));
    }

    @Test
    void theSamplesCoverEveryBallotType() {
        assertThat(Samples.meeting().resolutions().stream()
                        .map(r -> r.ballot().getClass())
                        .collect(Collectors.toSet()))
                .isEqualTo(leaves(Ballot.class));
    }

    @Test
    void eachFactRoundTripsAloneWithEveryFieldIntact() {
        for (OrganizationFact f : Samples.organizationFacts()) {
            assertThat(roundTrip(f, EventWriter::organizationFact, EventReader::organizationFact))
                    .isEqualTo(f);
        }
        for (MemberFact f : Samples.memberFacts()) {
            assertThat(roundTrip(f, EventWriter::memberFact, EventReader::memberFact))
                    .isEqualTo(f);
        }
        for (ResidenceFact f : Samples.residenceFacts()) {
            assertThat(roundTrip(f, EventWriter::residenceFact, EventReader::residenceFact))
                    .isEqualTo(f);
        }
        for (EvaluationEntry e : Samples.evaluationEntries()) {
            assertThat(roundTrip(e, EventWriter::evaluationEntry, EventReader::evaluationEntry))
                    .isEqualTo(e);
        }
    }

    @Test
    void everyPayloadCutShortFailsToDecode() {
        List<String> decoded = new ArrayList<>();
        int tried = 0;
        for (Event event : Samples.events()) {
            byte[] payload = EventCodec.encode(event);
            for (int length = 0; length < payload.length; length++) {
                tried++;
                try {
                    EventCodec.decode(Arrays.copyOf(payload, length));
                    decoded.add(event.kind() + " cut to " + length + " of " + payload.length + " bytes");
                } catch (RuntimeException expected) {
                    // what a damaged record must do
                }
            }
        }
        assertThat(tried).isGreaterThan(1000);
        assertThat(decoded).isEmpty();
    }

    @Test
    void aPayloadWithBytesAfterItsEventFailsToDecode() {
        byte[] payload = EventCodec.encode(Samples.events().get(0));
        byte[] longer = Arrays.copyOf(payload, payload.length + 1);

        assertThatThrownBy(() -> EventCodec.decode(longer)).hasMessageContaining("bytes left");
    }

    @Test
    void anUnknownEventTagFailsToDecode() {
        assertThatThrownBy(() -> EventCodec.decode(new byte[] {0})).hasMessageContaining("unknown event tag 0");
        assertThatThrownBy(() -> EventCodec.decode(new byte[] {7})).hasMessageContaining("unknown event tag 7");
    }

    @Test
    void anUnknownEnumConstantFailsToDecode() {
        byte[] payload =
                EventCodec.encode(new Event.ScheduleAdded(Samples.schedules().get(0), Samples.RECORDED));
        String text = new String(payload, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("REGULAR");
        payload[at] = 'X';

        assertThatThrownBy(() -> EventCodec.decode(payload))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XEGULAR");
    }

    private static <T> T roundTrip(T value, BiConsumer<EventWriter, T> write, Function<EventReader, T> read) {
        EventWriter writer = new EventWriter();
        write.accept(writer, value);
        EventReader reader = new EventReader(writer.bytes());
        T back = read.apply(reader);
        assertThat(reader.atEnd()).as("every byte read").isTrue();
        return back;
    }

    private static Set<Class<?>> classes(Collection<?> values) {
        return values.stream().map(Object::getClass).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The records and enums a sealed type permits, through its sealed sub-interfaces. */
    private static Set<Class<?>> leaves(Class<?> sealed) {
        List<Class<?>> out = new ArrayList<>();
        collect(sealed, out);
        return new LinkedHashSet<>(out);
    }

    private static void collect(Class<?> type, List<Class<?>> out) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        if (permitted == null) {
            out.add(type);
            return;
        }
        for (Class<?> p : permitted) {
            collect(p, out);
        }
    }
}
