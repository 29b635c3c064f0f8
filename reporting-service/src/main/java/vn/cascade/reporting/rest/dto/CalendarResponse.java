package vn.cascade.reporting.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObligationCalendar")
public record CalendarResponse(
        @Schema(example = "QU-HAICHAU") String organizationCode,
        LocalDate from,
        LocalDate to,
        @Schema(description = "What the organisation owes, by due date", type = SchemaType.ARRAY,
                implementation = ObligationResponse.class) List<ObligationResponse> owed,
        @Schema(description = "What is owed to the organisation as recipient, by due date", type = SchemaType.ARRAY,
                implementation = ObligationResponse.class) List<ObligationResponse> owedTo) {
}
