package nl.shopfloor.systemtest;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The JAX-RS resource methods a WAR declares, read from the annotations in its class files. No class is loaded: the
 * WAR's Jakarta EE APIs are not on the test class path, and the bytes are exactly those under test. Only
 * WEB-INF/classes is read: resources are web-module boundaries (STYLE §2), never in the EJB jar.
 */
final class JaxRsEndpoints {

    /** {@code method} is GET, PUT …; {@code path} the full path under the context root; {@code bindings} the annotations of class and method. */
    record Endpoint(String method, String path, String resourceClass, Set<String> bindings) {

        boolean bound(String annotationClass) {
            return bindings.contains(annotationClass);
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + resourceClass + ")";
        }
    }

    private static final String CLASSES = "WEB-INF/classes/";
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String APPLICATION_PATH = "jakarta.ws.rs.ApplicationPath";
    private static final Set<String> HTTP_METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private JaxRsEndpoints() {
    }

    static List<Endpoint> of(Path war) throws IOException {
        List<ClassAnnotations> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith(CLASSES) && entry.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        classes.add(ClassAnnotations.read(in.readAllBytes(), entry.getName()));
                    }
                }
            }
        }
        String root = classes.stream().map(c -> c.type().get(APPLICATION_PATH)).filter(p -> p != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no @ApplicationPath in " + war));
        List<Endpoint> endpoints = new ArrayList<>();
        for (ClassAnnotations resource : classes) {
            if (!resource.type().containsKey(PATH)) {
                continue;
            }
            for (Map<String, String> method : resource.methods()) {
                for (String http : HTTP_METHODS) {
                    if (method.containsKey("jakarta.ws.rs." + http)) {
                        Set<String> bindings = new HashSet<>(resource.type().keySet());
                        bindings.addAll(method.keySet());
                        endpoints.add(new Endpoint(http, join(root, resource.type().get(PATH), method.get(PATH)), resource.name(), bindings));
                    }
                }
            }
        }
        return endpoints;
    }

    /** {@code /api/v1/orders/{id}}; a template's regular expression ({@code {id: [0-9]+}}) left out. */
    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                path.append('/').append(part.replaceAll("^/+|/+$", ""));
            }
        }
        return path.toString().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    /**
     * The runtime-visible annotations of one class file and of its methods: annotation class name to its
     * {@code value} when that is a string (a path), else to "". Java SE 17 has no class-file API; this reads the
     * format of JVMS chapter 4 as far as needed.
     */
    private record ClassAnnotations(String name, Map<String, String> type, List<Map<String, String>> methods) {

        static ClassAnnotations read(byte[] bytes, String entry) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException(entry + " is not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            Object[] pool = constantPool(in);
            in.readUnsignedShort();
            String name = ((String) pool[(Integer) pool[in.readUnsignedShort()]]).replace('/', '.');
            in.readUnsignedShort();
            in.skipBytes(2 * in.readUnsignedShort());
            members(in, pool);
            List<Map<String, String>> methods = members(in, pool);
            return new ClassAnnotations(name, attributes(in, pool), methods);
        }

        /** Utf8 entries as strings, Class entries as the index of their name, everything else skipped. */
        private static Object[] constantPool(DataInputStream in) throws IOException {
            Object[] pool = new Object[in.readUnsignedShort()];
            for (int i = 1; i < pool.length; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> pool[i] = in.readUTF();
                    case 7 -> pool[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException("constant pool tag " + tag);
                }
            }
            return pool;
        }

        private static List<Map<String, String>> members(DataInputStream in, Object[] pool) throws IOException {
            List<Map<String, String>> members = new ArrayList<>();
            for (int count = in.readUnsignedShort(); count > 0; count--) {
                in.skipBytes(6);
                members.add(attributes(in, pool));
            }
            return members;
        }

        private static Map<String, String> attributes(DataInputStream in, Object[] pool) throws IOException {
            Map<String, String> annotations = new HashMap<>();
            for (int count = in.readUnsignedShort(); count > 0; count--) {
                String attribute = (String) pool[in.readUnsignedShort()];
                int length = in.readInt();
                if (!attribute.equals("RuntimeVisibleAnnotations")) {
                    in.skipBytes(length);
                    continue;
                }
                for (int n = in.readUnsignedShort(); n > 0; n--) {
                    String descriptor = (String) pool[in.readUnsignedShort()];
                    String type = descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
                    annotations.put(type, elements(in, pool));
                }
            }
            return annotations;
        }

        /** The annotation's {@code value} when it is a string; "" otherwise. */
        private static String elements(DataInputStream in, Object[] pool) throws IOException {
            String value = "";
            for (int pairs = in.readUnsignedShort(); pairs > 0; pairs--) {
                String element = (String) pool[in.readUnsignedShort()];
                String text = element(in, pool);
                if (element.equals("value") && text != null) {
                    value = text;
                }
            }
            return value;
        }

        private static String element(DataInputStream in, Object[] pool) throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 's' -> {
                    return (String) pool[in.readUnsignedShort()];
                }
                case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 'c' -> in.skipBytes(2);
                case 'e' -> in.skipBytes(4);
                case '@' -> {
                    in.readUnsignedShort();
                    elements(in, pool);
                }
                case '[' -> {
                    for (int n = in.readUnsignedShort(); n > 0; n--) {
                        element(in, pool);
                    }
                }
                default -> throw new IOException("annotation element tag " + (char) tag);
            }
            return null;
        }
    }
}
