/**
 * The records that travel between stages: {@link io.newsradar.model.Page} (raw bytes),
 * {@link io.newsradar.model.Article} (extracted), {@link io.newsradar.model.Theme},
 * {@link io.newsradar.model.Hit} with its {@link io.newsradar.model.Snippet}, and
 * {@link io.newsradar.model.Failure} (a failure as data, at a stage boundary). Values are validated in the
 * compact constructors.
 *
 * <p>Must not depend on any library beyond the JDK, nor on another newsradar package.
 */
package io.newsradar.model;
