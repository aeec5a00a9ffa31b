package nl.shopfloor;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * {@code PUT /api/test/clock {"offsetSeconds": -21168000}}: moves the server's clock, for the system tests only
 * ({@link MovableClock}). Without {@code SHOPFLOOR_TEST_CLOCK=true} it is not there (404); web.xml admits admins only.
 */
@Path("test/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestClockResource {

    private static final Logger LOG = Logger.getLogger(TestClockResource.class.getName());
    private static final int TEN_YEARS = 10 * 366 * 24 * 3600;

    @PUT
    public JsonObject move(JsonObject body) {
        if (!MovableClock.ENABLED) {
            throw new NotFoundException();
        }
        int seconds = JsonBody.wholeNumber(JsonBody.required(body, "{\"offsetSeconds\": -3600}"), "offsetSeconds", -TEN_YEARS, TEN_YEARS);
        MovableClock.moveTo(Duration.ofSeconds(seconds));
        LOG.warning(() -> "Test clock moved by " + seconds + " s");
        return CachedJson.createObjectBuilder().add("offsetSeconds", seconds).build();
    }
}
