package org.attune.platform;

/** Cells of CSV files Attune writes for spreadsheets. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Keeps a spreadsheet from reading a cell as a formula (CSV injection): such a cell gets a leading quote. */
    public static String defuse(String cell) {
        return cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 ? cell : "'" + cell;
    }
}
