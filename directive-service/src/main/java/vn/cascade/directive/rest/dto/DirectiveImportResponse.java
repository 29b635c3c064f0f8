package vn.cascade.directive.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.reader.ImportWarning;

@Schema(name = "DirectiveImportResponse", description = "The draft directive made from the document and what could not be placed")
public record DirectiveImportResponse(DirectiveResponse directive,
        @Schema(description = "What the importer saw but could not place, with its source line") List<ImportWarning> warnings) {
}
