package it.dev.botstore.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * Test probe only: in-container test methods call the facades as an admin would. The facades
 * refuse any caller without a role, so the probe's own requests log in as an admin; the
 * application's web module keeps its own mechanism.
 */
@ApplicationScoped
public class ProbeAdminMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return context.notifyContainerAboutLogin("it-probe-admin", Set.of("admin"));
    }
}
