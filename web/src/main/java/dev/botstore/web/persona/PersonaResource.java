package dev.botstore.web.persona;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.NotFoundException;
import dev.botstore.api.persona.BackupInput;
import dev.botstore.api.persona.Persona;
import dev.botstore.api.persona.PersonaBackup;
import dev.botstore.api.persona.PersonaUpdate;
import dev.botstore.web.JsonFields;
import dev.botstore.web.QueryValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Persona backups and the persona update history: {@code /api/v1/persona}. Every operation on one
 * backup is {@code /persona/backups/{backup_id}?group_id=...}: the id, then the group, the same
 * order everywhere (the original's manager swapped them for restore). A group given scopes the
 * call: a backup of another group is a 404, exactly like a missing one.
 */
@Path("persona")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "persona", description = "Persona backups and the persona update history")
public class PersonaResource {

    private static final String SCOPE = " group_id (optional) scopes it: a backup of another group is a 404.";

    @EJB
    private Persona persona;

    @Context
    private UriInfo uri;

    @POST
    @Path("backups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Back up a persona",
            description = "Body: {group_id, backup_name, reason, persona_config (object), original_persona (object),"
                    + " imitation_dialogues (array), backup_reason, persona_content}, all optional: group_id defaults"
                    + " to the query parameter group_id, else 'default'; backup_name to backup_<epoch seconds>."
                    + " timestamp and backup_time are now. 201 with Location and the backup with its content."
                    + " Covers: backup_persona")
    public Response backupPersona(@QueryParam("group_id") @Parameter(description = "group, when the body has none")
                                  String groupId, JsonFields f) {
        String group = f.text("group_id");
        if (group != null && groupId != null && !groupId.isEmpty() && !group.equals(groupId)) {
            throw new InvalidInputException("group_id", "the body's group_id '" + group + "' differs from the query's '"
                    + groupId + "'");
        }
        BackupInput input = new BackupInput(group != null ? group : emptyToNull(groupId), f.text("backup_name"),
                f.text("reason"), json(f, "persona_config", JsonValue.ValueType.OBJECT),
                json(f, "original_persona", JsonValue.ValueType.OBJECT),
                json(f, "imitation_dialogues", JsonValue.ValueType.ARRAY), f.text("backup_reason"),
                f.text("persona_content"));
        PersonaBackup backup = persona.backupPersona(input);
        return Response.created(uri.getBaseUriBuilder().path("persona").path("backups")
                .path(String.valueOf(backup.id())).build()).entity(backup).build();
    }

    @GET
    @Path("backups")
    @Operation(summary = "Persona backups, newest first",
            description = "group_id empty or absent = every group. include_content (or with_content) = true adds"
                    + " persona_config, original_persona, imitation_dialogues and persona_content. limit defaults to"
                    + " 10, at most 1000; offset skips. Covers: get_persona_backups")
    public List<PersonaBackup> getPersonaBackups(@QueryParam("group_id") String groupId,
                                                 @QueryParam("limit") String limit,
                                                 @QueryParam("offset") String offset,
                                                 @QueryParam("include_content") String includeContent,
                                                 @QueryParam("with_content") String withContent) {
        boolean content = QueryValues.flag("include_content", includeContent)
                || QueryValues.flag("with_content", withContent);
        return persona.getPersonaBackups(groupId, QueryValues.limit(limit, 10, Persona.MAX_PAGE),
                QueryValues.offset(offset), content);
    }

    @GET
    @Path("backups/{backup_id}")
    @Operation(summary = "One persona backup with its content", description = "404 when absent." + SCOPE
            + " Covers: get_persona_backup")
    public PersonaBackup getPersonaBackup(@PathParam("backup_id") String backupId,
                                          @QueryParam("group_id") String groupId) {
        return persona.getPersonaBackup(id(backupId), groupId).orElseThrow(() -> missing(backupId, groupId));
    }

    @POST
    @Path("backups/{backup_id}/restore")
    @Operation(summary = "The content to restore from a backup",
            description = "Answers the backup with its content, to be written into the bot by the caller (as in the"
                    + " original, the database itself changes nothing). 404 when absent." + SCOPE
                    + " Covers: restore_persona_backup")
    public PersonaBackup restorePersonaBackup(@PathParam("backup_id") String backupId,
                                              @QueryParam("group_id") String groupId) {
        return persona.restorePersonaBackup(id(backupId), groupId).orElseThrow(() -> missing(backupId, groupId));
    }

    @DELETE
    @Path("backups/{backup_id}")
    @Operation(summary = "Delete a persona backup", description = "204 when deleted, 404 when absent." + SCOPE
            + " Covers: delete_persona_backup")
    public Response deletePersonaBackup(@PathParam("backup_id") String backupId,
                                        @QueryParam("group_id") String groupId) {
        if (!persona.deletePersonaBackup(id(backupId), groupId)) {
            throw missing(backupId, groupId);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("updates")
    @Operation(summary = "The persona update history, newest first",
            description = "Persona update reviews of any status: {id, timestamp, group_id, update_type, status,"
                    + " confidence_score}. group_id empty or absent = every group. limit defaults to 50, at most 1000;"
                    + " offset skips. Covers: get_persona_update_history")
    public List<PersonaUpdate> getPersonaUpdateHistory(@QueryParam("group_id") String groupId,
                                                       @QueryParam("limit") String limit,
                                                       @QueryParam("offset") String offset) {
        return persona.getPersonaUpdateHistory(groupId, QueryValues.limit(limit, 50, Persona.MAX_PAGE),
                QueryValues.offset(offset));
    }

    /** A JSON field of the backup: the given kind (object or array) or absent; kept as its JSON text. */
    private static String json(JsonFields f, String field, JsonValue.ValueType kind) {
        JsonValue value = f.object().get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != kind) {
            throw new InvalidInputException(field, field + " must be " + (kind == JsonValue.ValueType.OBJECT
                    ? "an object" : "an array") + ", not " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.toString();
    }

    private static int id(String raw) {
        return QueryValues.rowId("backup_id", raw, "persona backup");
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static NotFoundException missing(String backupId, String groupId) {
        return new NotFoundException("there is no persona backup " + backupId
                + (groupId == null || groupId.isEmpty() ? "" : " in group '" + groupId + "'"));
    }
}
