package io.bilheteria.backend.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads a request's whole body without a thread, then hands the request to the handlers.
 * Handlers read bodies blocking: a client that sent the headers and half a body would hold a
 * server thread until it finished or timed out, and a few hundred such clients would take every
 * thread. Here the body arrives through non-blocking callbacks (no thread waits between them),
 * and a body not complete within {@link #DEADLINE} is answered 408 and its connection dropped.
 * A body whose declared length is more than the API accepts is left to the handlers, which
 * refuse it (413) without reading it; one sent without a length is read to one byte more than
 * accepted, which the handlers then refuse alike.
 */
final class BodyBeforeHandler implements Filter {
    static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final String BODY = BodyBeforeHandler.class.getName() + ".body";

    private final long maxBodyBytes;

    BodyBeforeHandler(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (request.getAttribute(BODY) instanceof byte[] body) {
            chain.doFilter(new WithBody(http, body), response);
        } else if (request.getDispatcherType() == DispatcherType.REQUEST && expectsBody(http)) {
            AsyncContext async = request.startAsync();
            async.setTimeout(DEADLINE.toMillis());
            async.addListener(new TooSlow());
            ServletInputStream in = request.getInputStream();
            in.setReadListener(new Collect(in, async));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A body of a length the API accepts, or of a length yet unknown (chunked). */
    private boolean expectsBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return length > 0 && length <= maxBodyBytes
                || length < 0 && request.getHeader("Transfer-Encoding") != null;
    }

    /** Collects the body as it arrives; once whole, sends the request on to the handlers. */
    private final class Collect implements ReadListener {
        private final ServletInputStream in;
        private final AsyncContext async;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[8192];
        private boolean handedOn;

        Collect(ServletInputStream in, AsyncContext async) {
            this.in = in;
            this.async = async;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!handedOn && in.isReady() && !in.isFinished()) {
                int n = in.read(chunk);
                if (n > 0) {
                    body.write(chunk, 0, n);
                }
                if (body.size() > maxBodyBytes) {
                    // enough to be refused as too large: the handlers see more than they accept
                    onAllDataRead();
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (!handedOn) {
                handedOn = true;
                async.getRequest().setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable failure) {
            answer408(async);
        }
    }

    private static final class TooSlow implements AsyncListener {
        @Override
        public void onTimeout(AsyncEvent event) {
            answer408(event.getAsyncContext());
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /** The client sent its body too slowly or broke off: nothing to hand on, and the connection goes. */
    private static void answer408(AsyncContext async) {
        if (async.getRequest().getAttribute(BODY) != null) {
            return; // already on its way to the handlers
        }
        HttpServletResponse response = (HttpServletResponse) async.getResponse();
        if (!response.isCommitted()) {
            response.setStatus(408);
            response.setHeader("Connection", "close");
        }
        async.complete();
    }

    /** The request as the handlers see it: its body read already, from memory, and its length the body's. */
    private static final class WithBody extends HttpServletRequestWrapper {
        private final byte[] body;
        private final ServletInputStream stream;

        WithBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            this.stream = streamOf(body);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            return stream;
        }

        private static ServletInputStream streamOf(byte[] body) {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bytes.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
        }

        private static Charset charset(String name) {
            try {
                return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8; // JSON's own encoding
            }
        }
    }
}
