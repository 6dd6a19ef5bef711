package io.newsradar.digest;

import java.io.PrintWriter;

/** Writes each asked-for format to a writer (the CLI's standard output), one after the other. */
public final class StreamOutput implements DigestOutput {
    private final PrintWriter out;

    public StreamOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void deliver(Renditions r) throws DeliveryException {
        for (DigestFormat f : r.formats()) out.print(r.text(f));
        out.flush();
        if (out.checkError()) throw new DeliveryException(describe(), "write failed");
    }

    @Override
    public String describe() {
        return "standard output";
    }
}
