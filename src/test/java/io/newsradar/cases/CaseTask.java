package io.newsradar.cases;

/**
 * Runs one kind of check ({@code given.task}) against the product and asserts its {@code expect} keys. Throw
 * an {@link AssertionError} for a mismatch; call {@code Assumptions.abort} for what cannot be checked yet.
 */
@FunctionalInterface
interface CaseTask {
    void run(CaseContext ctx) throws Exception;
}
