package org.plandesk.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one tab-separated block reader, on what Excel and WPS put on the clipboard. */
class TabTextTest {
    @Test
    void lineEndsOfEveryKindAndOneTrailingBreak() {
        assertThat(TabText.parse("a\tb\r\nc\td\r\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(TabText.parse("a\tb\nc\td")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(TabText.parse("a\rb\r")).containsExactly(List.of("a"), List.of("b"));
        assertThat(TabText.parse("")).containsExactly(List.of(""));
        assertThat(TabText.parse("a\t\t\n\tb")).containsExactly(List.of("a", "", ""), List.of("", "b"));
        // an empty row in the middle stays a row
        assertThat(TabText.parse("a\r\n\r\nb\r\n")).containsExactly(List.of("a"), List.of(""), List.of("b"));
    }

    @Test
    void quotedCellsKeepTheirLineBreaksTabsAndQuotes() {
        // Excel copies a cell typed with Alt+Enter as "…⏎…", with inner quotes doubled
        String copied = "大班额比例(%)\t\"34.52%\n77.34%\"\r\n\"其中:小学\r\n初中\"\t\"他说\"\"好\"\"\tx\"\r\n";
        assertThat(TabText.parse(copied))
                .containsExactly(List.of("大班额比例(%)", "34.52%\n77.34%"), List.of("其中:小学\r\n初中", "他说\"好\"\tx"));
    }

    @Test
    void aCellThatOnlyStartsWithAQuoteStaysAsWritten() {
        assertThat(TabText.parse("\"好学生\"全面成长\t1\n")).containsExactly(List.of("\"好学生\"全面成长", "1"));
        assertThat(TabText.parse("\"未闭合\t2")).containsExactly(List.of("\"未闭合", "2"));
    }

    @Test
    void whatItWritesItReadsBack() {
        List<List<String>> block = List.of(List.of("≥95", "a\nb", "引\"号"), List.of("", "\"开头", "tab\there"));
        assertThat(TabText.parse(TabText.format(block))).isEqualTo(block);
        assertThat(TabText.format(List.of(List.of("1", "2")))).isEqualTo("1\t2\n");
    }
}
