package vn.cascade.plan.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.reader.ImportWarning;

@Schema(name = "PlanImportResponse", description = "The draft made from the document and what could not be placed")
public record PlanImportResponse(PlanResponse plan,
        @Schema(description = "What the importer saw but could not place, with its source line") List<ImportWarning> warnings) {
}
