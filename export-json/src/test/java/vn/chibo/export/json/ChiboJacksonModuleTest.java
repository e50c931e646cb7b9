package vn.chibo.export.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chibo.domain.common.Label;
import vn.chibo.domain.common.MemberId;
import vn.chibo.domain.common.OrganizationId;
import vn.chibo.domain.evaluation.EvaluationRegime;
import vn.chibo.domain.evaluation.EvaluationRegimes;
import vn.chibo.domain.rule.Finding;
import vn.chibo.domain.rule.RuleSource;
import vn.chibo.domain.rule.Severity;

class ChiboJacksonModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ChiboJacksonModule());

    @Test
    void writesIdentitiesAsRawUuidStringsAndReadsThemBack() throws Exception {
        UUID uuid = UUID.fromString("3f2a6c1e-0000-4000-8000-000000000005");
        OrganizationId org = OrganizationId.of(uuid);

        String json = mapper.writeValueAsString(org);

        assertThat(json).isEqualTo("\"3f2a6c1e-0000-4000-8000-000000000005\"");
        assertThat(mapper.readValue(json, OrganizationId.class)).isEqualTo(org);
        assertThat(mapper.readValue(json, MemberId.class)).isEqualTo(MemberId.of(uuid));
    }

    @Test
    void writesLabelsWithBothLanguagesAndDiacritics() throws Exception {
        Label label = Label.of("Chi bộ cơ sở", "grassroots party cell");

        String json = mapper.writeValueAsString(label);

        assertThat(json).isEqualTo("{\"vi\":\"Chi bộ cơ sở\",\"en\":\"grassroots party cell\"}");
        assertThat(mapper.readValue(json, Label.class)).isEqualTo(label);
    }

    @Test
    void writesAFindingWhoseTextsAreBuiltOnFirstUseAsTheFindingMadeFromThemAndReadsItBack() throws Exception {
        EvaluationRegime qd366 = EvaluationRegimes.qd366hd43();
        RuleSource source = qd366.sourceOf(EvaluationRegime.SCORE);
        Label message = Label.of("95 điểm: HTXSNV; đề xuất HTTNV; xếp loại HTTNV.", "95 points: HTXSNV; rated HTTNV.");
        Finding eager = Finding.of(EvaluationRegime.SCORE, Severity.INFO, "Nguyễn Văn A 2025", message, source, qd366);
        Finding lazy = Finding.lazy(
                EvaluationRegime.SCORE,
                Severity.INFO,
                () -> "Nguyễn Văn A " + 2025,
                () -> Label.of(message.vi(), message.en()),
                source,
                qd366);

        String json = mapper.writeValueAsString(lazy);

        assertThat(json).isEqualTo(mapper.writeValueAsString(eager));
        assertThat(json)
                .startsWith("{\"code\":\"EVAL-SCORE\",\"severity\":\"INFO\",\"subject\":\"Nguyễn Văn A 2025\","
                        + "\"message\":{\"vi\":\"95 điểm: HTXSNV; đề xuất HTTNV; xếp loại HTTNV.\","
                        + "\"en\":\"95 points: HTXSNV; rated HTTNV.\"},\"source\":{");
        assertThat(mapper.readValue(json, Finding.class)).isEqualTo(eager).isEqualTo(lazy);
    }

    @Test
    void refusesAnIdentityThatIsNotAUuidNamingTheValue() {
        assertThatThrownBy(() -> mapper.readValue("\"khu-pho-3\"", OrganizationId.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("khu-pho-3")
                .hasMessageContaining("not a UUID");
        assertThatThrownBy(() -> mapper.readValue("42", MemberId.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void refusesALabelMissingALanguageOrWithAnUnknownField() {
        assertThatThrownBy(() -> mapper.readValue("{\"vi\":\"Chi bộ\"}", Label.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("\"vi\" and \"en\"");
        assertThatThrownBy(() -> mapper.readValue("{\"vi\":\"a\",\"en\":\"b\",\"fr\":\"c\"}", Label.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("fr");
    }

    @Test
    void isFoundByServiceLoaderAndRegisteredOnce() {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules().registerModule(new ChiboJacksonModule());

        assertThat(found.getRegisteredModuleIds()).containsOnlyOnce(ChiboJacksonModule.class.getName());
    }

    @Test
    void writesEveryDomainValueAsTheDocumentsDoAndReadsItBack() throws Exception {
        for (vn.chibo.domain.port.BulkRecord r : RandomRecords.of(3)) {
            if (r instanceof vn.chibo.domain.port.BulkRecord.Member m) {
                for (vn.chibo.domain.member.MemberFact f : m.facts()) {
                    String json = mapper.writeValueAsString(f);

                    assertThat(json).startsWith("{\"type\":\"");
                    assertThat(mapper.readValue(json, vn.chibo.domain.member.MemberFact.class))
                            .isEqualTo(f);
                }
            }
        }
        ReportDocument report = ReportJsonTest.document();
        String json = mapper.writeValueAsString(report.evaluationReports().get(0));
        assertThat(json).contains("\"gradeLabel\":\"hoàn thành xuất sắc nhiệm vụ\"");
        assertThat(mapper.readValue(json, vn.chibo.domain.evaluation.EvaluationReport.class))
                .isEqualTo(report.evaluationReports().get(0));
    }

    @Test
    void refusesADomainValueThatBreaksTheFormatNamingEveryProblem() {
        assertThatThrownBy(() -> mapper.readValue(
                        "{\"type\":\"DIED\",\"member\":\"x\",\"effective\":\"2020-01-01\",\"extra\":1}",
                        vn.chibo.domain.member.MemberFact.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("/extra")
                .hasMessageContaining("/member")
                .hasMessageContaining("/recorded");
    }
}
