package org.plandesk.school;

/** The note and source of one school figure (a document, a statistics report, a date). */
public record FigureNote(String note, String source) {
    public static final FigureNote NONE = new FigureNote("", "");

    public boolean isEmpty() {
        return note.isBlank() && source.isBlank();
    }
}
