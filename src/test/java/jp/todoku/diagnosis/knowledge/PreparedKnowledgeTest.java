package jp.todoku.diagnosis.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge the build prepares reads back as the YAML it was made from, and a prepared
 * resource that no longer matches the files is passed over, so an edit of the YAML always counts.
 */
class PreparedKnowledgeTest {

    private static final Path SOURCES = Path.of("src/main/resources/knowledge");

    @Test
    void preparedTreesAreTheParsedDocuments(@TempDir Path folder) throws IOException {
        byte[] index = Files.readAllBytes(SOURCES.resolve("index.txt"));
        List<byte[]> files = files(index);
        List<Object> parsed = KnowledgeLoader.parse(files).orElseThrow();
        Path classes = classesWith(folder, index, files);

        Optional<List<Object>> read = PreparedKnowledge.read(loader(classes), PreparedKnowledge.checksum(index, files), files.size());

        assertTrue(read.isPresent(), "the prepared resource was not read");
        assertEquals(parsed, read.get());
    }

    @Test
    void loadingFromPreparedTreesGivesWhatTheYamlGives(@TempDir Path folder) throws IOException {
        byte[] index = Files.readAllBytes(SOURCES.resolve("index.txt"));
        List<byte[]> files = files(index);
        KnowledgeLoader fromYaml = new KnowledgeLoader();
        List<String> names = KnowledgeLoader.names(new String(index, StandardCharsets.UTF_8));
        for (int i = 0; i < names.size(); i++) {
            fromYaml.add(names.get(i), new String(files.get(i), StandardCharsets.UTF_8));
        }

        KnowledgeLoader prepared = KnowledgeLoader.fromClassPath(loader(classesWith(folder, index, files)));

        assertEquals(fromYaml.entries(), prepared.entries());
        assertEquals(fromYaml.rules(), prepared.rules());
        assertEquals(List.of(), prepared.problems());
    }

    @Test
    void aChangedFileIsReadFromItsYaml(@TempDir Path folder) throws IOException {
        byte[] index = Files.readAllBytes(SOURCES.resolve("index.txt"));
        List<byte[]> files = files(index);
        Path classes = classesWith(folder, index, files);
        String first = KnowledgeLoader.names(new String(index, StandardCharsets.UTF_8)).get(0);
        Path edited = classes.resolve("knowledge").resolve(first);
        Files.writeString(edited, Files.readString(edited) + "\n# edited after the build\n");
        List<byte[]> now = files(index, classes.resolve("knowledge"));

        assertFalse(PreparedKnowledge.read(loader(classes), PreparedKnowledge.checksum(index, now), now.size()).isPresent());
        assertEquals(List.of(), KnowledgeLoader.fromClassPath(loader(classes)).problems());
    }

    @Test
    void aDamagedResourceIsPassedOver(@TempDir Path classes) throws IOException {
        Files.createDirectories(classes.resolve("knowledge"));
        Files.write(classes.resolve(PreparedKnowledge.RESOURCE), new byte[] {0x54, 0x6b, 0x6e, 0x31, 1, 2});

        assertFalse(PreparedKnowledge.read(loader(classes), 0, 1).isPresent());
    }

    @Test
    void aDamagedLengthIsPassedOverWithoutAskingForTheMemory(@TempDir Path classes) throws IOException {
        Files.createDirectories(classes.resolve("knowledge"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(0x546b6e31);
            out.writeLong(7);
            out.writeInt(1);
            out.writeByte(1);
            out.writeInt(Integer.MAX_VALUE);
        }
        Files.write(classes.resolve(PreparedKnowledge.RESOURCE), bytes.toByteArray());

        assertFalse(PreparedKnowledge.read(loader(classes), 7, 1).isPresent());
    }

    private static List<byte[]> files(byte[] index) throws IOException {
        return files(index, SOURCES);
    }

    private static List<byte[]> files(byte[] index, Path folder) throws IOException {
        List<byte[]> files = new ArrayList<>();
        for (String name : KnowledgeLoader.names(new String(index, StandardCharsets.UTF_8))) {
            files.add(Files.readAllBytes(folder.resolve(name)));
        }
        return files;
    }

    // A classes folder holding the knowledge sources and, made by the build step itself, the prepared resource.
    private static Path classesWith(Path classes, byte[] index, List<byte[]> files) throws IOException {
        Path knowledge = Files.createDirectories(classes.resolve("knowledge"));
        Files.write(knowledge.resolve("index.txt"), index);
        List<String> names = KnowledgeLoader.names(new String(index, StandardCharsets.UTF_8));
        for (int i = 0; i < names.size(); i++) {
            Files.write(knowledge.resolve(names.get(i)), files.get(i));
        }
        PreparedKnowledge.main(new String[] {classes.toString()});
        assertTrue(Files.isRegularFile(classes.resolve(PreparedKnowledge.RESOURCE)));
        return classes;
    }

    private static ClassLoader loader(Path classes) throws IOException {
        // Only the folder: the test's own class path holds another copy of the knowledge.
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
    }
}
