package io.newsradar.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTest {
    private static final Instant FETCHED = Instant.parse("2025-02-01T03:00:00Z");

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ジェトロ・ビジネス短信 / 2025年1月31日 16時0分 | Asia/Tokyo     | 2025-01-31T16:00+09:00
            2025年1月28日(火) 12:00                      | Asia/Tokyo     | 2025-01-28T12:00+09:00
            令和7年1月28日 12時00分                        | Asia/Tokyo     | 2025-01-28T12:00+09:00
            令和６年１２月２０日                            | Asia/Tokyo     | 2024-12-20T00:00+09:00
            令和元年7月1日                                 | Asia/Tokyo     | 2019-07-01T00:00+09:00
            平成31年4月30日                               | Asia/Tokyo     | 2019-04-30T00:00+09:00
            ２０２５年１月３１日　１６時０分                  | Asia/Tokyo     | 2025-01-31T16:00+09:00
            2025.01.28 07:40                            | Asia/Tokyo     | 2025-01-28T07:40+09:00
            2025/01/28 15:30                            | Asia/Tokyo     | 2025-01-28T15:30+09:00
            Jan. 31, 2025 4:00 p.m. JST                 | UTC            | 2025-01-31T16:00+09:00
            January 29, 2025 at 3:40 PM PST             | UTC            | 2025-01-29T15:40-08:00
            Jan. 29, 2025 7:05 p.m. ET                  | UTC            | 2025-01-29T19:05-05:00
            Wed 29 Jan 2025 20.30 GMT                   | UTC            | 2025-01-29T20:30Z
            30 January 2025, 21:15 CET                  | UTC            | 2025-01-30T21:15+01:00
            4/14/2024 7:50 PM EDT                       | UTC            | 2024-04-14T19:50-04:00
            Dec 2, 2024 · 5:45 PM PST                   | UTC            | 2024-12-02T17:45-08:00
            Jan. 10, 2025 4:00 p.m. SGT                 | UTC            | 2025-01-10T16:00+08:00
            2025年01月21日 09:00                          | Asia/Shanghai  | 2025-01-21T09:00+08:00
            2025年1月1日 星期三 17:00                       | Asia/Shanghai  | 2025-01-01T17:00+08:00
            2024-12-27 10:20                            | Asia/Shanghai  | 2024-12-27T10:20+08:00
            By Staff Reporter, January 30, 2025, 11:05 PM UTC | UTC       | 2025-01-30T23:05Z
            """)
    void readsDatelines(String text, String zone, String expected) {
        DateText.Found f = DateText.first(text, ZoneId.of(zone), "en", FETCHED);
        assertThat(f).isNotNull();
        assertThat(f.value().toInstant()).isEqualTo(OffsetDateTime.parse(expected).toInstant());
        assertThat(f.value().getOffset()).isEqualTo(OffsetDateTime.parse(expected).getOffset());
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2時間前    | 2025-02-01T01:00:00Z
            30分前     | 2025-02-01T02:30:00Z
            3 hours ago | 2025-02-01T00:00:00Z
            """)
    void resolvesRelativeDatesAgainstFetchTime(String text, String expected) {
        DateText.Found f = DateText.first(text, ZoneId.of("Asia/Tokyo"), "ja", FETCHED);
        assertThat(f.value().toInstant()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void ignoresTextWithoutAFullDate() {
        assertThat(DateText.findAll("1月28日に発表した。3時間の会議", ZoneId.of("Asia/Tokyo"), "ja", FETCHED)).isEmpty();
        assertThat(DateText.findAll("version 2024.10 and 13/45/2020", ZoneId.of("UTC"), "en", FETCHED)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2025-01-31T16:00:00+09:00, 2025-01-31T16:00+09:00", "2025-01-31T07:00:00.000Z, 2025-01-31T07:00Z",
            "2025-01-31 16:00, 2025-01-31T16:00+09:00", "'Fri, 31 Jan 2025 07:00:00 GMT', 2025-01-31T07:00Z",
            "2025-01-31, 2025-01-31T00:00+09:00", "20250131T160000+0900, 2025-01-31T16:00+09:00"})
    void readsMachineDates(String value, String expected) {
        OffsetDateTime t = IsoDates.parse(value, ZoneId.of("Asia/Tokyo"), "ja", FETCHED);
        assertThat(t.toInstant()).isEqualTo(OffsetDateTime.parse(expected).toInstant());
    }
}
