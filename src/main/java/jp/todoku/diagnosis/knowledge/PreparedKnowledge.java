package jp.todoku.diagnosis.knowledge;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The knowledge files' YAML documents, parsed at build time and kept as plain trees (maps, lists,
 * strings) in a compact binary resource, {@value #RESOURCE}. Reading them back is a fraction of
 * parsing the YAML again, which was half of loading the knowledge at every start of a command
 * (issue 11). The trees are exactly what the YAML parser gives, so {@link KnowledgeLoader} reads
 * entries from them as it reads them from YAML, problems and all.
 *
 * <p>The resource names the checksum of the index and of every file it was made from; a resource
 * that does not match the files on the class path (the YAML edited, the build step not run) is
 * passed over and the YAML is read.
 */
public final class PreparedKnowledge {

    static final String RESOURCE = "knowledge/prepared.bin";

    private static final int MAGIC = 0x546b6e31;
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int LIST = 2;
    private static final int MAP = 3;
    // The knowledge files together are a few hundred KB; nothing in them is longer than this.
    private static final int MAXIMUM_COUNT = 1 << 22;

    private PreparedKnowledge() {
    }

    /** The checksum of the index and the files' bytes, in index order. */
    static long checksum(byte[] index, List<byte[]> files) {
        CRC32 crc = new CRC32();
        crc.update(index);
        for (byte[] file : files) {
            crc.update(file.length >>> 24);
            crc.update(file.length >>> 16);
            crc.update(file.length >>> 8);
            crc.update(file.length);
            crc.update(file);
        }
        return crc.getValue();
    }

    /** The documents, one per file in index order, when the resource was made from exactly these files. */
    static Optional<List<Object>> read(ClassLoader classLoader, long checksum, int files) {
        try (InputStream resource = classLoader.getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource, 1 << 16));
            if (in.readInt() != MAGIC || in.readLong() != checksum || in.readInt() != files) {
                return Optional.empty();
            }
            List<Object> documents = new ArrayList<>(files);
            for (int i = 0; i < files; i++) {
                documents.add(node(in));
            }
            return Optional.of(documents);
        } catch (IOException | RuntimeException unreadable) {
            // A damaged resource is no reason to fail: the YAML is still there.
            return Optional.empty();
        }
    }

    private static Object node(DataInputStream in) throws IOException {
        int kind = in.readUnsignedByte();
        switch (kind) {
            case NULL:
                return null;
            case STRING:
                byte[] utf8 = new byte[count(in)];
                in.readFully(utf8);
                return new String(utf8, StandardCharsets.UTF_8);
            case LIST:
                int size = count(in);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(node(in));
                }
                return list;
            case MAP:
                int entries = count(in);
                Map<Object, Object> map = new LinkedHashMap<>(entries * 2);
                for (int i = 0; i < entries; i++) {
                    Object key = node(in);
                    map.put(key, node(in));
                }
                return map;
            default:
                throw new IOException("unknown node kind " + kind);
        }
    }

    // A length or size as written; a damaged one (negative, or more than the whole knowledge could
    // hold) ends the read as unreadable instead of asking for gigabytes.
    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAXIMUM_COUNT) {
            throw new IOException("damaged length " + count);
        }
        return count;
    }

    /** The resource's bytes for these documents; empty when one holds something other than a tree of strings. */
    static Optional<byte[]> write(long checksum, List<Object> documents) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeLong(checksum);
            out.writeInt(documents.size());
            for (Object document : documents) {
                if (!write(document, out)) {
                    return Optional.empty();
                }
            }
        } catch (IOException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        return Optional.of(bytes.toByteArray());
    }

    private static boolean write(Object node, DataOutputStream out) throws IOException {
        if (node == null) {
            out.writeByte(NULL);
        } else if (node instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeByte(STRING);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (node instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                if (!write(item, out)) {
                    return false;
                }
            }
        } else if (node instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!write(entry.getKey(), out) || !write(entry.getValue(), out)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        return true;
    }

    /**
     * Build step (the pom runs it after the resources are copied): parses the knowledge files in
     * the given classes directory and writes {@value #RESOURCE} beside them. When a file does not
     * parse, no resource is written, so the site and the tests read the YAML and report it.
     */
    public static void main(String[] arguments) throws IOException {
        Path classes = Path.of(arguments[0]);
        Path target = classes.resolve(RESOURCE);
        Files.deleteIfExists(target);
        byte[] index = Files.readAllBytes(classes.resolve(KnowledgeLoader.INDEX));
        List<String> names = KnowledgeLoader.names(new String(index, StandardCharsets.UTF_8));
        List<byte[]> files = new ArrayList<>();
        for (String name : names) {
            files.add(Files.readAllBytes(classes.resolve("knowledge").resolve(name)));
        }
        Optional<List<Object>> documents = KnowledgeLoader.parse(files);
        Optional<byte[]> prepared = documents.flatMap(parsed -> write(checksum(index, files), parsed));
        if (prepared.isPresent()) {
            Files.write(target, prepared.get());
        }
    }
}
