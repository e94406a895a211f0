package dev.botstore.web.error;

import dev.botstore.api.error.BotstoreException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * An EJB failing with a system exception. BotstoreExceptions are declared application exceptions,
 * so the container normally rethrows them unwrapped; one found inside an EJBException anyway (thrown
 * through a layer that wraps, or before the declaration applies) is still answered as what it is.
 * Any other cause goes to the mapper for that cause, so it is answered as if thrown unwrapped; with
 * no cause at all it is a logged 500.
 */
@Provider
public class EJBExceptionMapper implements ExceptionMapper<EJBException> {

    @Context
    private UriInfo uri;

    @Context
    private Providers providers;

    @Override
    public Response toResponse(EJBException failure) {
        String path = Problems.path(uri);
        Throwable cause = cause(failure);
        if (cause instanceof BotstoreException refusal) {
            return Problems.response(BotstoreExceptionMapper.problem(refusal, path),
                    BotstoreExceptionMapper.headers(refusal));
        }
        if (cause != null && providers != null) {
            Response delegated = delegate(cause);
            if (delegated != null) {
                return delegated;
            }
        }
        return Problems.response(UnexpectedExceptionMapper.report(failure, path));
    }

    /** The BotstoreException in the chain if any, else the first cause that is not an EJB wrapper. */
    static Throwable cause(EJBException failure) {
        return Causes.find(failure, BotstoreException.class).map(Throwable.class::cast)
                .or(() -> Causes.chain(failure).stream().filter(t -> !(t instanceof EJBException)).findFirst())
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private <T extends Throwable> Response delegate(T cause) {
        ExceptionMapper<T> mapper = providers.getExceptionMapper((Class<T>) cause.getClass());
        return mapper == null || mapper instanceof EJBExceptionMapper ? null : mapper.toResponse(cause);
    }
}
