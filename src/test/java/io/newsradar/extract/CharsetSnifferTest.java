package io.newsradar.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetSnifferTest {
    private static final String TEXT = "半導体の輸出規制、①Ⅲ㈱を含む。価格は1,980円～";

    @ParameterizedTest(name = "{0} declared as [{1}] / header [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            windows-31j  | <meta charset="Shift_JIS">                                                     | -                        | windows-31j
            windows-31j  | <meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">        | -                        | windows-31j
            windows-31j  | <meta http-equiv="Content-Type" content="text/html"><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"> | text/html | windows-31j
            windows-31j  | <meta charset="iso-8859-1"><meta charset="Shift_JIS">                          | -                        | windows-31j
            windows-31j  | <meta charset="utf-8">                                                         | text/html; charset=Shift_JIS | windows-31j
            x-eucJP-Open | <meta charset="EUC-JP">                                                        | -                        | x-eucJP-Open
            UTF-8        | <meta charset="Shift_JIS">                                                     | -                        | UTF-8
            UTF-8        | -                                                                              | -                        | UTF-8
            GB18030      | <meta http-equiv="Content-Type" content="text/html; charset=gb2312">           | -                        | GB18030
            windows-31j  | -                                                                              | -                        | windows-31j
            """)
    void decodesWithTheRightCharset(String actual, String meta, String header, String expected) {
        String text = actual.equals("GB18030") ? "半导体出口管制，价格上涨。这是一个测试页面。" : TEXT;
        String html = "<html><head>" + (meta == null ? "" : meta) + "<title>t</title></head><body><p>"
                + text.repeat(8) + "</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName(actual));
        CharsetSniffer.Decoded d = CharsetSniffer.decode(bytes, header);
        assertThat(d.charset().name()).isEqualTo(expected);
        assertThat(d.text()).contains(text).doesNotContain("\uFFFD");
    }

    @ParameterizedTest
    @CsvSource({"EF BB BF, UTF-8", "FF FE, UTF-16LE", "FE FF, UTF-16BE"})
    void byteOrderMarkWins(String bom, String expected) {
        Charset cs = Charset.forName(expected);
        byte[] body = "<p>テスト</p>".getBytes(cs);
        String[] hex = bom.split(" ");
        byte[] bytes = new byte[hex.length + body.length];
        for (int i = 0; i < hex.length; i++) bytes[i] = (byte) Integer.parseInt(hex[i], 16);
        System.arraycopy(body, 0, bytes, hex.length, body.length);
        CharsetSniffer.Decoded d = CharsetSniffer.decode(bytes, "text/html; charset=Shift_JIS");
        assertThat(d.charset()).isEqualTo(cs);
        assertThat(d.text()).isEqualTo("<p>テスト</p>");
    }

    @ParameterizedTest
    @CsvSource({"Shift_JIS, windows-31j", "sjis, windows-31j", "EUC-JP, x-eucJP-Open", "gb2312, GB18030",
            "GBK, GB18030", "iso-8859-1, windows-1252", "utf8, UTF-8", "Big5, Big5-HKSCS"})
    void mapsLabelsToSupersets(String label, String expected) {
        assertThat(CharsetNames.forLabel(label).name()).isEqualTo(expected);
        assertThat(StandardCharsets.UTF_8.name()).isEqualTo("UTF-8");
    }

    @ParameterizedTest
    @CsvSource({"e3 81 82, true", "c3 a9, true", "f0 9f 98 80, true", "c0 af, false", "ed a0 80, false",
            "e3 81, false", "82, false", "f4 90 80 80, false", "e0 80 80, false"})
    void validatesUtf8Strictly(String hex, boolean valid) {
        String[] parts = hex.split(" ");
        byte[] b = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) b[i] = (byte) Integer.parseInt(parts[i], 16);
        assertThat(Utf8.isValid(b)).isEqualTo(valid);
    }
}
