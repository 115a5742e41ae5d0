package org.plandesk.io;

import java.util.List;

/**
 * A table as read from a file or the clipboard: rows of cell texts, before any meaning is given to them.
 *
 * @param rows   the rows; cells trimmed of nothing (the parser decides)
 * @param source what it was read from, for messages (file name and sheet)
 * @param sheets the workbook's sheet names (empty for text)
 */
public record RawTable(List<List<String>> rows, String source, List<String> sheets) {}
