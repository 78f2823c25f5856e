package io.bilheteria.boxoffice.gate.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sound per verdict, at the gate and the concession counter, so staff looking at the queue
 * rather than the screen still know: one short high beep lets the person in (or hands the
 * product over), two low buzzes stop them. The tones are made
 * here (no sound files to ship) and played on their own thread, never the UI's. A machine
 * without a sound device simply stays quiet.
 */
public final class VerdictSounds implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(VerdictSounds.class);
    private static final float RATE = 22_050f;
    private static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    private final ExecutorService player = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gate-sounds");
        thread.setDaemon(true);
        return thread;
    });
    private static final byte[] ACCEPTED_PCM = pcm(VerdictTone.ACCEPTED);
    private static final byte[] REFUSED_PCM = pcm(VerdictTone.REFUSED);
    private volatile boolean available = true;

    /** Plays the verdict's sound without waiting for it; a new verdict does not wait for the last one to end. */
    public void play(VerdictTone tone) {
        if (tone == VerdictTone.WAITING || !available) {
            return;
        }
        byte[] pcm = tone == VerdictTone.ACCEPTED ? ACCEPTED_PCM : REFUSED_PCM;
        player.execute(() -> playNow(pcm));
    }

    private void playNow(byte[] pcm) {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT)) {
            line.open(FORMAT);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            available = false;
            log.info("no sound device, the verdicts are silent: {}", e.getMessage());
        }
    }

    /** 16-bit little-endian mono samples of the verdict's sound. */
    static byte[] pcm(VerdictTone tone) {
        return switch (tone) {
            case ACCEPTED -> tones(new double[] {1320}, 0.15, 0);
            case REFUSED -> tones(new double[] {330, 330}, 0.2, 0.08);
            case WAITING -> new byte[0];
        };
    }

    private static byte[] tones(double[] frequencies, double seconds, double gapSeconds) {
        int toneSamples = (int) (RATE * seconds);
        int gapSamples = (int) (RATE * gapSeconds);
        byte[] pcm = new byte[2 * (frequencies.length * toneSamples + (frequencies.length - 1) * gapSamples)];
        int at = 0;
        for (int f = 0; f < frequencies.length; f++) {
            for (int i = 0; i < toneSamples; i++) {
                // a square-ish wave cuts through crowd noise better than a sine; short ramps avoid clicks
                double wave = Math.signum(Math.sin(2 * Math.PI * frequencies[f] * i / RATE)) * 0.6
                        + Math.sin(2 * Math.PI * frequencies[f] * i / RATE) * 0.2;
                double ramp = Math.min(1, Math.min(i, toneSamples - i) / (RATE * 0.005));
                short sample = (short) (wave * ramp * Short.MAX_VALUE * 0.5);
                pcm[at++] = (byte) sample;
                pcm[at++] = (byte) (sample >> 8);
            }
            if (f < frequencies.length - 1) {
                at += 2 * gapSamples;
            }
        }
        return pcm;
    }

    @Override
    public void close() {
        player.shutdownNow();
    }
}
