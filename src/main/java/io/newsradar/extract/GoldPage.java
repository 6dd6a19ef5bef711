package io.newsradar.extract;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * One page of a gold set with what its truth says.
 *
 * @param set       gold-set name
 * @param id        page id as in the truth file
 * @param url       page URL (a stand-in under {@code .invalid} when the truth has none)
 * @param file      the HTML file
 * @param unwrap    true when a corpus container line must be removed first (zh-cwced)
 * @param body      truth body, or null when the truth gives none
 * @param title     truth title, or null when the truth gives none usable for exact match
 * @param published truth publication time, or null when the truth gives no time of day
 */
record GoldPage(String set, String id, String url, Path file, boolean unwrap, String body, String title,
                OffsetDateTime published) { }
