package io.bilheteria.devices.serial;

import jssc.SerialPort;

/** How a serial device says "wait, my buffer is full": not at all, by the RTS/CTS wires, or by XON/XOFF bytes. */
public enum FlowControl {
    NONE(SerialPort.FLOWCONTROL_NONE),
    RTSCTS(SerialPort.FLOWCONTROL_RTSCTS_IN | SerialPort.FLOWCONTROL_RTSCTS_OUT),
    XONXOFF(SerialPort.FLOWCONTROL_XONXOFF_IN | SerialPort.FLOWCONTROL_XONXOFF_OUT);

    private final int jsscMask;

    FlowControl(int jsscMask) {
        this.jsscMask = jsscMask;
    }

    int jsscMask() {
        return jsscMask;
    }
}
