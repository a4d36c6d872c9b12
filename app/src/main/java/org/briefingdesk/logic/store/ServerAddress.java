package org.briefingdesk.logic.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A team server as the user writes it: {@code postgresql://host:5432/dbname} (or
 * {@code jdbc:postgresql://…}), with the user name from the address, the option, or the OS login.
 * Parameters after {@code ?} (TLS: {@code sslmode=verify-full&sslrootcert=…}) pass through to the
 * driver unchanged. A password in the address is refused: it would end up in shell histories and
 * in the list of recent servers.
 */
public record ServerAddress(String host, int port, String database, String user, Map<String, String> parameters) {
    public static final int DEFAULT_PORT = 5432;

    public ServerAddress {
        parameters = Map.copyOf(parameters);
    }

    /**
     * Parses an address; {@code user} (may be null) overrides the one in the address, and without
     * either the OS login is the user.
     *
     * @throws StoreException with a sentence for the user when the address cannot be understood
     */
    public static ServerAddress parse(String text, String user) {
        String value = text == null ? "" : text.strip();
        if (value.startsWith("jdbc:")) {
            value = value.substring("jdbc:".length());
        }
        if (value.startsWith("postgres://")) {
            value = "postgresql://" + value.substring("postgres://".length());
        }
        if (!value.startsWith("postgresql://")) {
            throw new StoreException("error.server.address", text);
        }
        try {
            URI uri = new URI(value);
            String host = uri.getHost();
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            if (host == null || host.isBlank() || path.isBlank() || path.contains("/")) {
                throw new StoreException("error.server.address", text);
            }
            String addressUser = null;
            if (uri.getRawUserInfo() != null) {
                if (uri.getRawUserInfo().contains(":")) {
                    throw new StoreException("error.server.passwordInAddress");
                }
                addressUser = decode(uri.getRawUserInfo());
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    if (pair.isEmpty()) {
                        continue;
                    }
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    if (name.equalsIgnoreCase("password")) {
                        throw new StoreException("error.server.passwordInAddress");
                    }
                    if (name.equalsIgnoreCase("user")) {
                        addressUser = decode(pair.substring(eq + 1));
                        continue;
                    }
                    parameters.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            String chosen = user != null && !user.isBlank() ? user.strip()
                    : addressUser != null ? addressUser : System.getProperty("user.name", "");
            return new ServerAddress(host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), decode(path), chosen,
                    parameters);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new StoreException(e, "error.server.address", text);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The JDBC URL without user or password (those go as connection properties). */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(encode(database));
        String separator = "?";
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            url.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = "&";
        }
        return url.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The address to type again (and to keep among recent servers): {@code postgresql://user@host:port/db?…}. */
    public String text() {
        return "postgresql://" + encode(user) + "@" + jdbcUrl().substring("jdbc:postgresql://".length());
    }

    /** For the title bar and messages: {@code user@host:port/db}. */
    public String displayName() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
