package org.wirecheck.dedup.evaluation;

import java.util.List;

/** Confusion matrices, per-class precision/recall/F1, macro-F1. */
final class Metrics {

    private Metrics() {
    }

    static String confusionTable(List<String> classes, int[][] confusion) {
        StringBuilder table = new StringBuilder("| expected \\ predicted |");
        classes.forEach(c -> table.append(' ').append(c).append(" |"));
        table.append(" recall |\n|---|");
        classes.forEach(c -> table.append("---|"));
        table.append("---|\n");
        for (int e = 0; e < classes.size(); e++) {
            table.append("| ").append(classes.get(e)).append(" |");
            for (int p = 0; p < classes.size(); p++) {
                table.append(' ').append(confusion[e][p]).append(" |");
            }
            table.append(String.format(" %.3f |%n", recall(confusion, e)));
        }
        table.append("| precision |");
        for (int p = 0; p < classes.size(); p++) {
            table.append(String.format(" %.3f |", precision(confusion, p)));
        }
        return table.append(" |\n").toString();
    }

    static double precision(int[][] confusion, int c) {
        int column = 0;
        for (int[] row : confusion) {
            column += row[c];
        }
        return column == 0 ? 1 : (double) confusion[c][c] / column;
    }

    static double recall(int[][] confusion, int c) {
        int row = 0;
        for (int v : confusion[c]) {
            row += v;
        }
        return row == 0 ? 1 : (double) confusion[c][c] / row;
    }

    static double f1(int[][] confusion, int c) {
        double p = precision(confusion, c), r = recall(confusion, c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double macroF1(int[][] confusion) {
        double sum = 0;
        for (int c = 0; c < confusion.length; c++) {
            sum += f1(confusion, c);
        }
        return sum / confusion.length;
    }
}
