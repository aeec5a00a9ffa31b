package nl.shopfloor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

@ApplicationPath("api")
public class JAXRSConfiguration extends Application {

    /** No generated WADL (/api/application.wadl): it listed every resource and parameter to anyone who asked. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
