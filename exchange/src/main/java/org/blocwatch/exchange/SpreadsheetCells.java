package org.blocwatch.exchange;

/**
 * Keeps CSV cells from being formulas. A spreadsheet runs a cell that begins with =, +, -, @
 * (or a tab or carriage return before one) as a formula, which text from an imported file or a
 * document could abuse (OWASP "CSV injection"); a leading apostrophe makes such a cell text.
 */
final class SpreadsheetCells {
    private SpreadsheetCells() {}

    static String text(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
    }
}
