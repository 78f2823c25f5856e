package io.bilheteria.devices.printer.transport;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A USB printer through the operating system's line printer device ({@code /dev/usb/lp0} on
 * Linux). Bytes go out; the kernel driver gives no reliable way to read an answer back with
 * a timeout, so the status is only whether the device is there and writable.
 */
public final class DeviceFilePrinterLink extends ReconnectingLink<ReconnectingLink.Connection> {
    private final Path device;

    public DeviceFilePrinterLink(Path device) {
        this.device = Objects.requireNonNull(device, "device");
    }

    @Override
    protected Connection open() throws IOException {
        if (!Files.exists(device)) {
            throw new IOException("no printer device " + device + " (is the printer plugged in and switched on?)");
        }
        if (!Files.isWritable(device)) {
            throw new IOException("no permission to write to " + device
                    + " (add the kiosk's user to the group that owns it, usually 'lp')");
        }
        OutputStream out = new FileOutputStream(device.toFile(), true);
        return new Connection() {
            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public void close() {
                try {
                    out.close();
                } catch (IOException e) {
                    // the device went away; nothing left to release
                }
            }
        };
    }

    /** The device node goes away when the printer is unplugged or switched off. */
    @Override
    protected boolean stillThere() {
        return Files.exists(device);
    }

    @Override
    public String describe() {
        return "usb " + device;
    }
}
