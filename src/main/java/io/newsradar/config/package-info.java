/**
 * Immutable settings read once from YAML: the bundled, documented defaults ({@code newsradar-default.yaml}, the
 * one source of defaults) overlaid with {@code DATA/config.yaml}; unknown keys and bad values are rejected with
 * the file and key named ({@link io.newsradar.config.ConfigException}). Read by every package.
 *
 * <p>Must not do I/O beyond reading the config file, and must not depend on any other newsradar package.
 */
package io.newsradar.config;
