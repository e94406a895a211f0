package dev.botstore.facades.security;

import dev.botstore.api.security.CreatedApiKey;
import dev.botstore.api.security.Roles;
import dev.botstore.facades.config.Settings;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.security.SecurityStore;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first admin key, without ceremony: on a database with no keys (and no {@code admin_api_key}
 * configured), one admin key is created and its secret written to {@code <data_dir>/admin.key},
 * readable by the owner only. The log names the file, never the key. Later starts find keys and
 * leave the file alone.
 */
@Stateless
@LocalBean
@PermitAll
public class AdminKeyBootstrap {

    static final String FILE_NAME = "admin.key";
    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class.getName());

    @EJB
    private Databases databases;

    /** @return the file written, when a key was created */
    public Optional<Path> ensureAdminKey() {
        if (Settings.get("admin_api_key", null) != null) {
            return Optional.empty();
        }
        SecurityStore store = new SecurityStore(databases.entityManager());
        if (store.keyCount() > 0) {
            return Optional.empty();
        }
        CreatedApiKey key = ApiKeyFacade.issue(store, "bootstrap-admin", Roles.ADMIN, null);
        Path file = Settings.dataDir().resolve(FILE_NAME);
        writeOwnerOnly(file, key.secret() + "\n");
        LOG.info("created the first admin API key (id " + key.key().id() + "); its secret is in " + file
                + ", readable by this user only");
        return Optional.of(file);
    }

    /** Written beside the target and moved over it, so no reader ever sees a partial or world-readable file. */
    static void writeOwnerOnly(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException raced) {
                throw new IOException("another start is writing " + temp, raced);
            }
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin key file " + file, e);
        }
    }
}
