package vn.cascade.common.attachment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The bucket of {@link S3AttachmentStore}, read only when {@code cascade.attachments.store=s3}
 * (docs/operations.md, "Attachments in an S3-compatible bucket").
 */
@ConfigMapping(prefix = "cascade.attachments.s3")
public interface S3AttachmentConfig {

    /** The S3 API's address (MinIO, Ceph, a cloud's S3-compatible service); AWS's own for the region when unset. */
    Optional<URI> endpoint();

    @WithDefault("us-east-1")
    String region();

    /** Required with the S3 store; created beforehand, the service never creates it. */
    Optional<String> bucket();

    /** {@code http://host/bucket/key} rather than {@code http://bucket.host/key}: most S3-compatible servers want it. */
    @WithDefault("false")
    boolean pathStyleAccess();

    /** With {@link #secretAccessKey()}; both unset, the AWS SDK's default chain (AWS_ACCESS_KEY_ID, a role, ...). */
    Optional<String> accessKeyId();

    Optional<String> secretAccessKey();

    /** Put before each object's key (the attachment's id), so that services may share a bucket. */
    @WithDefault("${quarkus.application.name}/")
    String prefix();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest silence while sending or receiving an object (20 MB at most). */
    @WithDefault("60s")
    Duration socketTimeout();
}
