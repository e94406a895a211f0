package dev.botstore.facades.pluginfiles;

import dev.botstore.api.pluginfiles.FileInfo;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** {@link FileInfo} from what the file system knows of a file. */
final class FileMetadata {

    private FileMetadata() {
    }

    static FileInfo of(String path, BasicFileAttributes attributes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new FileInfo(path, attributes.size(), attributes.lastModifiedTime().toInstant(), etag(attributes),
                ContentTypes.of(name));
    }

    /**
     * Size and modification time alone could repeat: file times tick in milliseconds on many
     * systems, and two uploads of equal size can land in one tick. Every write renames a new file
     * into place, so the file's identity (the inode on Unix) tells those two apart.
     */
    static String etag(BasicFileAttributes attributes) {
        return Long.toHexString(attributes.size())
                + "-" + Long.toHexString(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))
                + "-" + Integer.toHexString(Objects.hashCode(attributes.fileKey()));
    }
}
