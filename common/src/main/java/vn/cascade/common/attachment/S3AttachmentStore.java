package vn.cascade.common.attachment;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Attachments in an S3-compatible bucket ({@code cascade.attachments.store=s3}), one object per attachment under
 * {@code <prefix><attachment id>}, its SHA-256 kept as the object's metadata {@code sha256} for whoever inspects the
 * bucket (the service checks the bytes against the database's digest on every download, not against this).
 * <p>
 * The bucket cannot join the database transaction, so the object is written before the description commits and
 * removed only after a deletion commits: a download never finds a description without its bytes. What a transaction
 * wrote is removed again when it rolls back; what cannot be removed is logged and counted
 * ({@code cascade.attachments.s3.orphaned}), never failing the request whose outcome is already decided.
 */
@ApplicationScoped
@Typed(S3AttachmentStore.class)
public class S3AttachmentStore implements AttachmentStore {

    /** The user metadata holding the content's SHA-256 (lowercase hex): {@code x-amz-meta-sha256}. */
    public static final String SHA256_METADATA = "sha256";

    private static final Logger LOG = Logger.getLogger(S3AttachmentStore.class);

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final TransactionSynchronizationRegistry transactions;
    private final MeterRegistry meters;

    @Inject
    S3AttachmentStore(S3AttachmentConfig config, TransactionSynchronizationRegistry transactions, MeterRegistry meters) {
        this.bucket = config.bucket().filter(name -> !name.isBlank()).orElseThrow(() -> new IllegalStateException(
                "cascade.attachments.store=s3 needs cascade.attachments.s3.bucket (CASCADE_ATTACHMENTS_S3_BUCKET)"));
        this.prefix = config.prefix();
        this.client = client(config);
        this.transactions = transactions;
        this.meters = meters;
    }

    static S3Client client(S3AttachmentConfig config) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(config.connectTimeout())
                        .socketTimeout(config.socketTimeout())
                        .build())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyleAccess())
                // Checksums only where the API requires them: S3-compatible servers differ in the newer ones, and
                // the content's own SHA-256 is checked by the service on every download.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(config));
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3AttachmentConfig config) {
        Optional<String> id = config.accessKeyId().filter(value -> !value.isBlank());
        Optional<String> secret = config.secretAccessKey().filter(value -> !value.isBlank());
        if (id.isPresent() != secret.isPresent()) {
            throw new IllegalStateException("Set both cascade.attachments.s3.access-key-id and "
                    + "cascade.attachments.s3.secret-access-key, or neither (the AWS SDK's default chain)");
        }
        return id.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(id.get(), secret.get()))
                : DefaultCredentialsProvider.builder().build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Written now; removed again if the transaction it was written for does not commit. */
    @Override
    public void put(UUID attachmentId, byte[] content) {
        String key = key(attachmentId);
        // Registered before the write: a write that fails half-way (a lost answer) is cleaned up as well.
        afterTransaction(status -> {
            if (status != Status.STATUS_COMMITTED) {
                remove(key, "its transaction did not commit");
            }
        });
        try {
            client.putObject(request -> request.bucket(bucket).key(key).contentLength((long) content.length)
                            .contentType("application/octet-stream")
                            .metadata(Map.of(SHA256_METADATA, AttachmentUpload.sha256(content))),
                    RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /** Empty when the object is missing, as the database store answers for a missing row. */
    @Override
    public Optional<byte[]> get(UUID attachmentId) {
        try {
            return Optional.of(client.getObjectAsBytes(request -> request.bucket(bucket).key(key(attachmentId)))
                    .asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable(e);
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    /** Removed once the deletion of the description commits; at once outside a transaction. */
    @Override
    public void delete(UUID attachmentId) {
        String key = key(attachmentId);
        if (!afterTransaction(status -> {
            if (status == Status.STATUS_COMMITTED) {
                remove(key, "its description was deleted");
            }
        })) {
            try {
                client.deleteObject(request -> request.bucket(bucket).key(key));
            } catch (SdkException e) {
                throw unavailable(e);
            }
        }
    }

    @Override
    public String name() {
        return "s3";
    }

    /** The bucket answers a HEAD with the configured credentials. */
    @Override
    public void probe() {
        try {
            client.headBucket(request -> request.bucket(bucket));
        } catch (SdkException e) {
            throw new AttachmentStoreUnavailableException(name(), e);
        }
    }

    /** The object's key: the service's prefix and the attachment's id. */
    public String key(UUID attachmentId) {
        return prefix + attachmentId;
    }

    /** Runs {@code then} with the outcome of the current transaction; false when there is none. */
    private boolean afterTransaction(IntConsumer then) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return false;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the object is written before, removed after
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status);
            }
        });
        return true;
    }

    private AttachmentStoreUnavailableException unavailable(SdkException e) {
        LOG.warnf("Bucket %s did not answer: %s", bucket, e.getMessage());
        return new AttachmentStoreUnavailableException(name(), e);
    }

    private void remove(String key, String why) {
        try {
            client.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            meters.counter("cascade.attachments.s3.orphaned").increment();
            LOG.errorf(e, "Object %s of bucket %s, to be removed because %s, is left there: remove it by hand",
                    key, bucket, why);
        }
    }
}
