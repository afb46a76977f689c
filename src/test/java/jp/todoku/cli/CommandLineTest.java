package jp.todoku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.io.TempDir;

/** The diagnose and eval commands as a user runs them: arguments in, text out, no Spring. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(InputStream in, String... args) {
        return CommandLine.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path fixtures() throws URISyntaxException {
        return Path.of(CommandLineTest.class.getResource("/fixtures/postfix-two-recipients.eml").toURI()).getParent();
    }

    @Test
    void diagnosePrintsOneJsonLinePerRecipientWithTheContractsFieldNames() throws Exception {
        int exit = run(InputStream.nullInputStream(), "diagnose", fixtures().resolve("postfix-two-recipients.eml").toString(),
                fixtures().resolve("not-bounce.eml").toString());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(exit).isZero();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"file\":\"postfix-two-recipients.eml\",\"index\":1,\"recipient\":\"nobody@example.org\","
                + "\"status\":\"5.1.1\",\"replyCode\":\"550\",\"reason\":");
        for (String field : new String[] {"hardBounce", "temporary", "diagnosticText", "remoteHost", "command", "decodedBy"}) {
            assertThat(lines.get(0)).contains("\"" + field + "\":");
        }
        assertThat(lines.get(1)).contains("\"index\":2", "\"recipient\":\"full@example.org\"", "\"temporary\":true");
        assertThat(lines.get(2)).isEqualTo("{\"file\":\"not-bounce.eml\",\"index\":0,\"kind\":\"not-bounce\"}");
    }

    @Test
    void diagnoseReadsStandardInputAndDirectoriesInNameOrder() throws Exception {
        byte[] fragment = "550 5.1.1 <cat@example.jp>: User unknown\n".getBytes(StandardCharsets.UTF_8);
        run(new ByteArrayInputStream(fragment), "diagnose", "-", fixtures().toString());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("{\"file\":\"-\",\"index\":1,\"recipient\":\"cat@example.jp\"").contains("\"kind\":\"fragment\"");
        assertThat(lines.get(1)).startsWith("{\"file\":\"amazonses-json.eml\"");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("{\"file\":\"mbox-two.mbox\",\"message\":2,\"index\":1"));
    }

    @Test
    void everyLineCarriesTheKnowledgeEntryInTheChosenLanguage() {
        byte[] fragment = "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users\n"
                .getBytes(StandardCharsets.UTF_8);
        run(new ByteArrayInputStream(fragment), "diagnose", "-");
        JsonNode japanese = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        out.reset();
        run(new ByteArrayInputStream(fragment), "diagnose", "--lang", "en", "-");
        JsonNode english = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());

        JsonNode ja = japanese.get("knowledge");
        JsonNode en = english.get("knowledge");
        assertThat(ja.get("id").asString()).isEqualTo(en.get("id").asString()).contains("5.7.26");
        assertThat(ja.get("title").asString()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        assertThat(en.get("title").asString()).doesNotContainPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(en.get("steps").size()).isPositive();
        assertThat(en.get("whoActs").asString()).isNotBlank();
        assertThat(en.has("keepAddress")).isTrue();
    }

    @Test
    void anUnknownLanguageIsRefusedWithUsage() {
        int exit = run(InputStream.nullInputStream(), "diagnose", "--lang", "fr", "-");
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ja or en");
    }

    @Test
    void unreadableInputGivesAnErrorLineAndTheRunGoesOn(@TempDir Path directory) throws IOException {
        Files.write(directory.resolve("a-empty.eml"), new byte[0]);
        Files.writeString(directory.resolve("b-fragment.txt"), "554 5.7.1 rejected as spam");

        run(InputStream.nullInputStream(), "diagnose", directory.toString(), directory.resolve("missing.eml").toString());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("{\"file\":\"a-empty.eml\",\"error\":\"diagnosis.problem.empty\",\"message\":\"input is empty\"}");
        assertThat(lines.get(1)).contains("\"file\":\"b-fragment.txt\"", "\"status\":\"5.7.1\"");
        assertThat(lines.get(2)).startsWith("{\"file\":\"missing.eml\",\"error\":\"cannot read");
    }

    @Test
    void evalScoresAgainstAnExpectationFile(@TempDir Path directory) throws Exception {
        Path tsv = directory.resolve("expected.tsv");
        Files.writeString(tsv, "file\tindex\tstatus\treplycode\treason\thardbounce\tanotherone\n"
                + "postfix-two-recipients.eml\t1\t5.1.1\t550\tuserunknown\ttrue\t\n"
                + "postfix-two-recipients.eml\t2\t4.2.2\t452\tmailboxfull\tfalse\t\n"
                + "not-bounce.eml\t1\t5.0.911\t\tuserunknown\ttrue\t\n");

        int exit = run(InputStream.nullInputStream(), "eval", fixtures().toString(), tsv.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(printed).contains("rows 3, missing 1 (33.3%)", "status       66.7%", "not-bounce.eml\t1\tmissing",
                "postfix-two-recipients", "messages per second");
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(new JsonLine().string("text", "a \"quote\" \\ <script>\n\u0001").toString())
                .isEqualTo("{\"text\":\"a \\\"quote\\\" \\\\ <script>\\n\\u0001\"}");
    }
}
