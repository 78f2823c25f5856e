package io.bilheteria.backend.mail;

/** Text put into a mail's HTML part. */
public final class Html {
    private Html() {
    }

    /** {@code text} as HTML shows it, whatever it holds (an event title with "&", say). */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
