package io.github.cbrsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The SDK credentials file and KooCLI's config.json as administrators really have them (a byte order mark,
 * Windows line ends, a section twice, long comment lines) and as nobody should (random bytes, broken JSON):
 * read as meant, or one CredentialSourceException with a short message that repeats no secret of the file.
 */
@Tag("properties")
class CredentialFileProperties {
    static final String SECRET = "Sk9Secret+In/The=File";
    private static Path dir;

    @BeforeContainer
    static void createFolder() throws IOException {
        dir = Files.createTempDirectory("credential-files");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Property
    void anySdkFileIsReadOrRefusedWithoutRepeatingASecret(@ForAll("anySdkFile") byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("credentials"), content);
        try {
            CredentialSources.fromSdkFile(file, Optional.of("cn-north-4"));
        } catch (CredentialSourceException refused) {
            assertThat(refused.getMessage()).startsWith(file.toString()).hasSizeLessThan(file.toString().length() + 200)
                    .doesNotContain(SECRET);
        }
    }

    @Property
    void aValidSdkFileIsReadWhateverItsLineEndsMarkAndRepeats(@ForAll("validSdkFile") SdkFile sdk) throws Exception {
        Path file = Files.write(dir.resolve("credentials"), sdk.bytes());

        DiscoveredCredentials found = CredentialSources.fromSdkFile(file, Optional.of("cn-north-4")).orElseThrow();

        assertThat(found.profile().accessKey()).isEqualTo(sdk.accessKey());
        assertThat(found.secretKey()).contains(SECRET);
        assertThat(found.profile().projectId()).isEqualTo(sdk.projectId());
    }

    @Property
    void anyKooCliConfigIsReadOrRefusedWithoutRepeatingASecret(@ForAll("anyKooCliConfig") byte[] content)
            throws IOException {
        Path file = Files.write(dir.resolve("config.json"), content);
        try {
            for (DiscoveredCredentials d : CredentialSources.fromKooCli(file)) {
                assertThat(d.profile().name()).startsWith("KooCLI ");
                assertThat(d.toString()).doesNotContain(SECRET);
            }
        } catch (CredentialSourceException refused) {
            assertThat(refused.getMessage()).startsWith(file.toString()).hasSizeLessThan(file.toString().length() + 200)
                    .doesNotContain(SECRET);
        }
    }

    @Property
    void aValidKooCliConfigImportsKeysOnlyWhenTheyArePlain(@ForAll("validKooCli") KooCli koo) throws Exception {
        Path file = Files.write(dir.resolve("config.json"), koo.bytes());

        List<DiscoveredCredentials> found = CredentialSources.fromKooCli(file);

        assertThat(found).hasSize(koo.names().size());
        for (DiscoveredCredentials d : found) {
            assertThat(d.secretKey()).isEqualTo(koo.plain() ? Optional.of(SECRET) : Optional.empty());
            assertThat(d.profile().accessKey()).isEqualTo(koo.plain() ? "AKKOO" : "");
        }
    }

    /** A valid SDK credentials file, written one of the many ways it is found on disk. */
    record SdkFile(String accessKey, String projectId, String text, String lineEnd, boolean bom, boolean utf16) {
        byte[] bytes() {
            String t = text.replace("\n", lineEnd);
            if (utf16) {
                return ("\uFEFF" + t).getBytes(StandardCharsets.UTF_16LE);
            }
            return (bom ? "\uFEFF" + t : t).getBytes(StandardCharsets.UTF_8);
        }
    }

    @Provide
    Arbitrary<SdkFile> validSdkFile() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(4).ofMaxLength(40);
        Arbitrary<String> filler = Arbitraries.of("", "# comment\n", "; comment\n", "\n\n", "[other]\nak = NOTTHIS\n",
                "# " + "long ".repeat(20_000) + "\n", "[profile two]\nsk=other\n", "   \n");
        Arbitrary<String> insideSection = Arbitraries.of("", "# comment\n", "; sk = commented out\n", "\n\n",
                "# " + "long ".repeat(20_000) + "\n", "unknown_key = x\n");
        return Combinators.combine(keys, keys, filler, insideSection, Arbitraries.of("\n", "\r\n", "\r"),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((ak, project, before, between, lineEnd, bom, twice, utf16) -> {
                    String basic = twice
                            ? "[basic]\nak = WRONG\nsk=" + SECRET + "\n" + between + "[ Basic ]\nAK=" + ak + "\n"
                                    + "project_id =" + project + "   \n"
                            : "[basic]\r\nak=" + ak + "\n" + between + "sk = " + SECRET + "\nproject_id=" + project + "\n";
                    return new SdkFile(ak, project, before + basic + before, lineEnd, bom, utf16 && !bom);
                });
    }

    @Provide
    Arbitrary<byte[]> anySdkFile() {
        Arbitrary<String> lines = Arbitraries.of("[basic]", "ak=AK", "sk=" + SECRET, "sk " + SECRET, SECRET, "[" + SECRET,
                "=" + SECRET, "project_id=p", "[basic", "\uFEFF[basic]", "ak", "", "#" + SECRET, "\u0000", "\t[basic]\t",
                "x".repeat(100_000));
        Arbitrary<byte[]> lineFiles = lines.list().ofMaxSize(8)
                .map(l -> String.join("\r\n", l).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(500);
        Arbitrary<byte[]> utf16 = lineFiles.map(b -> new String(b, StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16BE));
        return Arbitraries.oneOf(lineFiles, randomBytes, utf16);
    }

    /** A valid KooCLI config with these profile names; keys plain or encrypted. */
    record KooCli(List<String> names, boolean plain, byte[] bytes) {
    }

    @Provide
    Arbitrary<KooCli> validKooCli() {
        Arbitrary<List<String>> names = Arbitraries.strings().alpha().numeric().withChars(' ', '-', '中')
                .ofMinLength(1).ofMaxLength(20).filter(n -> !n.isBlank()).list().ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(names, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as((list, plain, bom, crlf, extra) -> {
                    StringBuilder json = new StringBuilder(bom ? "\uFEFF" : "").append("{\n \"current\": \"x\",\n");
                    if (extra) {
                        json.append(" \"authEncrypt\": \"maybe\",\n \"unknown\": {\"deep\": [1, 2, {\"x\": null}]},\n");
                    }
                    json.append(" \"authEncrypt\": \"").append(plain ? "false" : "true").append("\",\n \"profiles\": [");
                    List<String> parts = new ArrayList<>();
                    for (String n : list) {
                        parts.add("{\"name\": \"" + n + "\", \"mode\": \"AKSK\", \"accessKeyId\": \"AKKOO\", "
                                + "\"secretAccessKey\": \"" + SECRET + "\", \"region\": \"cn-north-4\", "
                                + "\"projectId\": \"p\", \"long\": \"" + "v".repeat(extra ? 50_000 : 1) + "\"}");
                    }
                    json.append(String.join(",\n", parts)).append("]\n}\n");
                    String text = crlf ? json.toString().replace("\n", "\r\n") : json.toString();
                    return new KooCli(list, plain, text.getBytes(StandardCharsets.UTF_8));
                });
    }

    @Provide
    Arbitrary<byte[]> anyKooCliConfig() {
        Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"profiles\"", "\"name\"", "\"p\"",
                "\"secretAccessKey\"", SECRET, "\"" + SECRET + "\"", "'" + SECRET + "'", "/* " + SECRET + " */", "null",
                "\"authEncrypt\"", "\"false\"", "\uFEFF", "\r\n", "1e999", "tru", SECRET + "\u0000");
        Arbitrary<byte[]> jsonish = pieces.list().ofMaxSize(30).map(p -> String.join("", p)
                .getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> brokenValue = Arbitraries.of("{\"profiles\":[{\"name\":\"p\",\"secretAccessKey\":" + SECRET
                        + "}]}", "{\"authEncrypt\":\"false\",\"profiles\":[{\"name\":\"p\",\"secretAccessKey\":\"" + SECRET
                        + "\"x}]}", "{\"profiles\":[{\"name\":\"p\",\"secretAccessKey\":\"" + SECRET + "\u0001\"}]}")
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(jsonish, brokenValue, Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }
}
