package io.newsradar.digest;

/** A digest could not be delivered to one output: names the output and says why, in one line. */
public class DeliveryException extends Exception {
    /**
     * @param output the output, as {@link DigestOutput#describe()} gives it
     * @param why    the reason, one line
     */
    public DeliveryException(String output, String why) {
        super(output + ": " + why);
    }

    public DeliveryException(String output, String why, Throwable cause) {
        super(output + ": " + why, cause);
    }
}
