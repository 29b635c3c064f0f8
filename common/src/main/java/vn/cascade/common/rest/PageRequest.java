package vn.cascade.common.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.cascade.common.paging.Paging;

/** The paging query parameters every list operation takes: {@code ?page=0&size=20}. */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    /** Far beyond any list we hold, and small enough that page × size never overflows an offset. */
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Zero-based page number, at most 100000", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page, at most 200", example = "20")
    public int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The service's paging type; a page beyond any list reads nothing instead of overflowing. */
    public Paging paging() {
        return new Paging(page, size);
    }
}
