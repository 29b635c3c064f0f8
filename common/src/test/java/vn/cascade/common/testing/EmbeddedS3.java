package vn.cascade.common.testing;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server (S3Proxy, in-memory backend, AWS V2/V4 signatures checked) inside the test JVM on a
 * free loopback port, started once and shared by every test of the JVM like {@link EmbeddedKafka}. Its address is
 * kept in a system property so Quarkus restarts (test profiles) reuse the same server; its objects vanish with the
 * JVM.
 */
public final class EmbeddedS3 {

    public static final String ACCESS_KEY = "cascade-test";
    public static final String SECRET_KEY = "cascade-test-secret";
    public static final String REGION = "us-east-1";
    private static final String ENDPOINT_PROPERTY = "cascade.test.s3.endpoint";

    private EmbeddedS3() {
    }

    public static String endpoint() {
        return JvmWide.address(ENDPOINT_PROPERTY, EmbeddedS3::start);
    }

    /** A client of the server, signing as the services do, with path-style addresses. */
    public static S3Client client() {
        return S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(endpoint()))
                .region(Region.of(REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    private static String start() {
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(new TransientNio2BlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(10);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    proxy.stop();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }, "embedded-s3-shutdown"));
            return "http://127.0.0.1:" + proxy.getPort();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded S3 server (S3Proxy)", e);
        }
    }
}
