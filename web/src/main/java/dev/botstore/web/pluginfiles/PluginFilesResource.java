package dev.botstore.web.pluginfiles;

import dev.botstore.api.pluginfiles.ByteRange;
import dev.botstore.api.pluginfiles.FileCleanup;
import dev.botstore.api.pluginfiles.FileInfo;
import dev.botstore.api.pluginfiles.FileListing;
import dev.botstore.api.pluginfiles.FileRead;
import dev.botstore.api.pluginfiles.FileWrite;
import dev.botstore.api.pluginfiles.PluginFiles;
import dev.botstore.api.pluginfiles.WriteCondition;
import dev.botstore.web.QueryValues;
import dev.botstore.web.health.WithoutDatabase;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The plugin file area over HTTP: {@code /api/v1/plugins/{plugin}/files/{path}}. Bodies are
 * streamed both ways; the rules and the work are the facade's. Needs no database, so it keeps
 * serving while the database is down.
 */
@Path("plugins/{plugin}/files")
@RequestScoped
@WithoutDatabase
@Tag(name = "plugin files", description = "Files of a plugin: large or binary data in any layout")
public class PluginFilesResource {

    @EJB
    private PluginFiles files;

    @PathParam("plugin")
    @Parameter(description = "plugin key, <author>.<module>", example = "alice.weather")
    private String plugin;

    @Context
    private UriInfo uri;

    @PUT
    @Path("{path: .+}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a file from the raw body",
            description = "201 when created, 200 when replaced, with the new ETag. Parent directories are created."
                    + " The file appears whole or not at all. If-Match / If-None-Match: * are honoured (412)."
                    + " Above the per-file limit or the plugin's quota: 413, and nothing is written.")
    public Response write(@PathParam("path") @Parameter(description = "relative path, '/'-separated") String path,
                          @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                          InputStream body) {
        FileWrite write = files.write(plugin, path, body, length == null ? -1 : length,
                WriteCondition.of(ifMatch, ifNoneMatch));
        Response.ResponseBuilder response = write.created() ? Response.created(uri.getRequestUri()) : Response.ok();
        return response.entity(write.file()).type(MediaType.APPLICATION_JSON_TYPE).tag(etag(write.file())).build();
    }

    @GET
    @Path("{path: .+}")
    @Operation(summary = "Read a file",
            description = "Streamed, with Content-Type from the file name, ETag and Last-Modified. Range: bytes=a-b,"
                    + " a- or -n gives 206 with Content-Range; a range past the end 416; several ranges the whole"
                    + " file. If-None-Match gives 304.")
    public Response read(@PathParam("path") String path,
                         @HeaderParam("Range") String range,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws IOException {
        FileRead read = files.open(plugin, path).orElseThrow(() -> absent(path));
        try {
            FileInfo info = read.info();
            if (WriteCondition.noneMatchHits(ifNoneMatch, info.etag())) {
                read.close();
                return Response.notModified(etag(info)).lastModified(Date.from(info.lastModified())).build();
            }
            Optional<ByteRange> part = ByteRange.parse(range, info.size());
            if (part.isEmpty()) {
                return headers(Response.ok(), info, info.size())
                        .entity(FileBytes.of(read, 0, info.size())).build();
            }
            ByteRange r = part.get();
            return headers(Response.status(Response.Status.PARTIAL_CONTENT), info, r.length())
                    .header("Content-Range", r.contentRange(info.size()))
                    .entity(FileBytes.of(read, r.first(), r.length())).build();
        } catch (RuntimeException e) {
            read.close();
            throw e;
        }
    }

    @HEAD
    @Path("{path: .+}")
    @Operation(summary = "A file's metadata", description = "The headers of a GET, without the body.")
    public Response info(@PathParam("path") String path) {
        FileInfo info = files.info(plugin, path).orElseThrow(() -> absent(path));
        return headers(Response.ok(), info, info.size()).build();
    }

    @DELETE
    @Path("{path: .+}")
    @Operation(summary = "Delete a file", description = "204 when deleted, 404 when there was none.")
    public Response delete(@PathParam("path") String path) {
        if (!files.delete(plugin, path)) {
            throw absent(path);
        }
        return Response.noContent().build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List files in path order",
            description = "{items, common_prefixes, next_cursor}. With delimiter=/ the directories one level below"
                    + " the prefix come back as common_prefixes. Pass next_cursor as cursor for the next page.")
    public FileListing list(
            @QueryParam("prefix") @Parameter(description = "only paths starting with this") String prefix,
            @QueryParam("delimiter") @Parameter(description = "'/' or nothing") String delimiter,
            @QueryParam("limit") @Parameter(description = "1 to 1000, default 1000") String limit,
            @QueryParam("cursor") @Parameter(description = "next_cursor of the previous page") String cursor) {
        int pageSize = QueryValues.wholeNumber("limit", limit, PluginFiles.MAX_LIST_LIMIT);
        return files.list(plugin, prefix, delimiter, pageSize, cursor);
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Clean up: delete the files under a prefix",
            description = "Optionally only those last modified more than older_than seconds ago. An empty prefix"
                    + " needs all=true. Answers {deleted, freed_bytes}.")
    public FileCleanup cleanUp(
            @QueryParam("prefix") @Parameter(description = "only paths starting with this") String prefix,
            @QueryParam("older_than") @Parameter(description = "only files older than this (seconds)") String olderThan,
            @QueryParam("all") @Parameter(description = "true to allow an empty prefix") String all) {
        return files.cleanUp(plugin, prefix, QueryValues.wholeNumber("older_than", olderThan),
                QueryValues.flag("all", all));
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, FileInfo info, long length) {
        return SafeDownload.headers(response, info.contentType(), info.path()).type(info.contentType())
                .tag(etag(info))
                .lastModified(Date.from(info.lastModified()))
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header("Accept-Ranges", "bytes");
    }

    private NotFoundException absent(String path) {
        return new NotFoundException("plugin " + plugin + " has no file '" + path + "'");
    }

    private static EntityTag etag(FileInfo info) {
        return new EntityTag(info.etag());
    }
}
