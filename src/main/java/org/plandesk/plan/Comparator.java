package org.plandesk.plan;

/** How an actual figure is compared with a target value. */
public enum Comparator {
    AT_LEAST(">="),
    AT_MOST("<="),
    ABOVE(">"),
    BELOW("<"),
    EQUAL("="),
    RANGE("range");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The form used in the long CSV: {@code >= <= > < = range}. */
    public String symbol() {
        return symbol;
    }

    /** Mathematical sign for display: ≥ ≤ &gt; &lt; = ~. */
    public String sign() {
        return switch (this) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case ABOVE -> ">";
            case BELOW -> "<";
            case EQUAL -> "=";
            case RANGE -> "~";
        };
    }

    /** True when values below the target side are acceptable. */
    public boolean acceptsBelow() {
        return this == AT_MOST || this == BELOW;
    }

    public static Comparator fromSymbol(String symbol) {
        for (Comparator c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparator: " + symbol);
    }
}
