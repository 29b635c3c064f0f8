package vn.cascade.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A fresh bucket on the shared {@link EmbeddedS3} server and the service's S3 settings pointing at it; the test
 * profile chooses the store ({@code cascade.attachments.store=s3}).
 */
public class S3TestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String bucket = "cascade-test-" + UUID.randomUUID().toString().substring(0, 8);
        try (S3Client client = EmbeddedS3.client()) {
            client.createBucket(request -> request.bucket(bucket));
        }
        return Map.of(
                "cascade.attachments.s3.endpoint", EmbeddedS3.endpoint(),
                "cascade.attachments.s3.region", EmbeddedS3.REGION,
                "cascade.attachments.s3.bucket", bucket,
                "cascade.attachments.s3.path-style-access", "true",
                "cascade.attachments.s3.access-key-id", EmbeddedS3.ACCESS_KEY,
                "cascade.attachments.s3.secret-access-key", EmbeddedS3.SECRET_KEY);
    }

    @Override
    public void stop() {
        // the server is shared by the whole JVM and its in-memory objects go with it
    }
}
