package org.dealgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may write when the server takes updates: user names with their passwords, checked by HTTP basic
 * authentication. Read from a password file ({@link #fromFile}) or from the environment
 * ({@link #fromEnvironment}), never from the command line. {@link #toString()} names the users only.
 */
public final class Credentials {

    /** The environment variable holding the writer's password. */
    public static final String PASSWORD_VARIABLE = "DEALGRAPH_PASSWORD";
    /** The environment variable holding the writer's user name; {@value #DEFAULT_USER} when unset. */
    public static final String USER_VARIABLE = "DEALGRAPH_USER";
    /** The user name when {@value #USER_VARIABLE} is not set. */
    public static final String DEFAULT_USER = "admin";
    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]+");

    private final Map<String, String> passwords;

    private Credentials(Map<String, String> passwords) {
        this.passwords = Map.copyOf(passwords);
    }

    /**
     * One user with one password.
     *
     * @throws IllegalArgumentException if the name is not a plain user name or the password is too short
     */
    public static Credentials of(String user, String password) {
        return new Credentials(Map.of(checkedUser(user, "the user name"), checkedPassword(password,
                "the password of " + user)));
    }

    /**
     * The writer named by {@value #USER_VARIABLE} (default {@value #DEFAULT_USER}) with the password in
     * {@value #PASSWORD_VARIABLE}; empty when that variable is unset or blank.
     *
     * @throws IllegalArgumentException if the password is too short or the user name is not plain
     */
    public static Optional<Credentials> fromEnvironment(Map<String, String> environment) {
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null || password.isBlank()) {
            return Optional.empty();
        }
        String user = environment.getOrDefault(USER_VARIABLE, DEFAULT_USER).strip();
        return Optional.of(new Credentials(Map.of(checkedUser(user.isEmpty() ? DEFAULT_USER : user, USER_VARIABLE),
                checkedPassword(password, PASSWORD_VARIABLE))));
    }

    /**
     * The users of a password file: one {@code user:password} per line (the password is everything after
     * the first colon, without surrounding spaces); blank lines and lines starting with {@code #} are
     * skipped. The messages of the errors never quote a line, so a password cannot leak into a log. Where the
     * file system has POSIX permissions, a file that other users may read or write is refused before it is
     * read (see {@link #checkPrivate}).
     *
     * @throws IllegalArgumentException if the file is shared, cannot be read, holds no user, or has a bad line
     */
    public static Credentials fromFile(Path file) {
        checkPrivate(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + file + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String where = "line " + (i + 1) + " of the password file " + file;
            if (colon <= 0) {
                throw new IllegalArgumentException(where + " is not user:password");
            }
            String user = checkedUser(line.substring(0, colon).strip(), "the user name on " + where);
            String password = checkedPassword(line.substring(colon + 1).strip(), "the password on " + where);
            if (users.put(user, password) != null) {
                throw new IllegalArgumentException(where + " names the user " + user + " a second time");
            }
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("the password file " + file + " has no user:password line");
        }
        return new Credentials(users);
    }

    /**
     * Refuses a password file that the file's group or all users may read or write: any other account on the
     * machine could read the passwords, or add a writer of its own. A file system without POSIX permissions
     * is not checked, and a file that cannot be looked at is left to the reading to report.
     */
    static void checkPrivate(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        Set<PosixFilePermission> shared = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
        shared.retainAll(permissions);
        if (!shared.isEmpty()) {
            throw new IllegalArgumentException("the password file " + file + " may be read or written by other users "
                    + "of this machine (its permissions are " + PosixFilePermissions.toString(permissions) + "): make "
                    + "it yours only with chmod 600, or give the password in " + PASSWORD_VARIABLE + " instead");
        }
    }

    /** The user names. */
    public Set<String> users() {
        return passwords.keySet();
    }

    /**
     * The value of an {@code Authorization} header that logs in as the one user given, for a client of
     * another server.
     *
     * @throws IllegalArgumentException if several users are given: a client logs in as one
     */
    public String basicAuthorization() {
        if (passwords.size() != 1) {
            throw new IllegalArgumentException("give one user:password to log in with, not " + passwords.size());
        }
        Map.Entry<String, String> login = passwords.entrySet().iterator().next();
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (login.getKey() + ":" + login.getValue()).getBytes(StandardCharsets.UTF_8));
    }

    /** The password of {@code user}, for the server's user store. */
    String password(String user) {
        return Objects.requireNonNull(passwords.get(user), user);
    }

    private static String checkedUser(String user, String what) {
        if (user == null || !USER.matcher(user).matches()) {
            throw new IllegalArgumentException(what + " must be letters, digits and . _ @ - only");
        }
        return user;
    }

    private static String checkedPassword(String password, String what) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(what + " is shorter than " + MIN_PASSWORD_LENGTH
                    + " characters: choose a longer one");
        }
        return password;
    }

    @Override
    public String toString() {
        return "Credentials" + passwords.keySet();
    }
}
