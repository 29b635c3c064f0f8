package vn.cascade.common.security;

/** Materialised paths of the hierarchy ({@code /root-id/…/own-id}): who lies below whom. */
public final class OrganizationPaths {

    private OrganizationPaths() {
    }

    /** Paths are made of ids, so a prefix must end at a separator: /a/b holds /a/b/c, not /a/bc. */
    public static boolean isInside(String path, String ancestorPath) {
        return path.equals(ancestorPath) || path.startsWith(ancestorPath + "/");
    }

    /** The path of the organisation above, or the path itself for the root. */
    public static String parentOf(String path) {
        int lastSeparator = path.lastIndexOf('/');
        return lastSeparator > 0 ? path.substring(0, lastSeparator) : path;
    }
}
