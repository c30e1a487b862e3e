package io.github.veplint.model.read;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * vep-lint's one way to read a text over HTTP (release schedules, the SIG list): a GET whose whole
 * exchange, body included, ends within {@link #TIMEOUT} and by a caller's deadline, and of whose
 * body no more than a caller's limit is ever held: reading stops, and the connection is dropped, at
 * the first byte past it (or at once, for a status other than 200, whose body is never read).
 * Callers decide whether the network may be used at all.
 */
public final class BoundedFetch {

  /** How long to wait for a connection, and for one whole response (headers and body). */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  private BoundedFetch() {}

  /** What went wrong; callers phrase it in their own terms. */
  public enum Failure {
    /** The URL cannot be parsed. */
    INVALID_URL,
    /** The server answered with a status other than 200 and 404 ({@link FetchException#status}). */
    STATUS,
    /** The body is larger than the limit. */
    TOO_LARGE,
    /** No whole answer within {@link #TIMEOUT} or by the deadline. */
    TIMEOUT,
    /** No answer at all (refused, unknown host, reset): {@link Throwable#getCause} says why. */
    UNREACHABLE,
    /** The waiting thread was interrupted. */
    INTERRUPTED
  }

  /** A fetch that failed, with {@link #failure} for the caller's message. */
  public static final class FetchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    private final Failure failure;
    /** The HTTP status, for {@link Failure#STATUS}; else 0. */
    private final int status;

    FetchException(Failure failure, int status, String message, Throwable cause) {
      super(message, cause);
      this.failure = failure;
      this.status = status;
    }

    /**
     * What went wrong.
     *
     * @return the kind of failure
     */
    public Failure failure() {
      return failure;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status for {@link Failure#STATUS}; else 0
     */
    public int status() {
      return status;
    }
  }

  /**
   * A client that waits at most {@link #TIMEOUT} for a connection and follows normal redirects.
   *
   * @return a new client
   */
  public static HttpClient client() {
    return HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /**
   * The body of {@code url} as UTF-8 text, or empty for a 404.
   *
   * @param client the client, from {@link #client()}
   * @param url an http or https URL
   * @param deadline a {@link System#nanoTime} value by which the whole exchange must end
   * @param maxBytes the most of a body ever held
   * @return the body, or empty when the server answered 404
   * @throws FetchException for anything but a 200 or a 404 within the time, and a body within the limit
   */
  public static Optional<String> get(HttpClient client, String url, long deadline, long maxBytes) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
    } catch (IllegalArgumentException e) {
      throw new FetchException(Failure.INVALID_URL, 0, e.getMessage(), e);
    }
    List<LimitedBody> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpResponse.BodyHandler<LimitedBody.Result> handler = info -> {
      LimitedBody body = new LimitedBody(info.statusCode() == 200 ? maxBytes : 0);
      bodies.add(body);
      return body;
    };
    long wait = Math.min(TIMEOUT.toNanos(), deadline - System.nanoTime());
    CompletableFuture<HttpResponse<LimitedBody.Result>> exchange = client.sendAsync(request, handler);
    try {
      if (wait <= 0) {
        throw new TimeoutException();
      }
      HttpResponse<LimitedBody.Result> response = exchange.get(wait, TimeUnit.NANOSECONDS);
      if (response.statusCode() == 404) {
        return Optional.empty();
      }
      if (response.statusCode() != 200) {
        throw new FetchException(Failure.STATUS, response.statusCode(), "HTTP " + response.statusCode(), null);
      }
      if (response.body().tooLarge()) {
        throw new FetchException(Failure.TOO_LARGE, 200, "larger than " + maxBytes + " bytes", null);
      }
      return Optional.of(new String(response.body().bytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (TimeoutException e) {
      throw new FetchException(Failure.TIMEOUT, 0, "no answer within " + TIMEOUT.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new FetchException(Failure.UNREACHABLE, 0, cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(Failure.INTERRUPTED, 0, "interrupted", e);
    } finally {
      // Whatever ended the wait, nothing more is read: the connection is dropped.
      bodies.forEach(LimitedBody::abort);
      exchange.cancel(true);
    }
  }

  /**
   * A response body held only up to a limit: one byte more cancels the subscription, which closes
   * the connection, and completes the body as too large, so a server cannot make the client read
   * (or hold) more than the limit.
   */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Result> {
    record Result(byte[] bytes, boolean tooLarge) {}

    private final long limit;
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    LimitedBody(long limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<Result> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > limit) {
          abort();
          result.complete(new Result(new byte[0], true));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(new Result(bytes.toByteArray(), false));
    }

    void abort() {
      Flow.Subscription current = subscription;
      if (current != null) {
        current.cancel();
      }
    }
  }
}
