package org.dealgraph.bench;

import java.util.SplittableRandom;

/** Amounts of money as news articles write them: several currencies, symbols or words, scales spelled or cut. */
final class Amounts {

    private Amounts() {
    }

    static String money(SplittableRandom random) {
        int millions = 5 + random.nextInt(900);
        String billions = billions(random);
        return switch (random.nextInt(9)) {
            case 0 -> "$" + millions + " million";
            case 1 -> "$" + billions + " billion";
            case 2 -> "$" + millions + "m";
            case 3 -> "€" + millions + " million";
            case 4 -> "£" + billions + "bn";
            case 5 -> millions + " million euros";
            case 6 -> "USD " + millions + " million";
            case 7 -> "¥" + (10 + random.nextInt(400)) + " billion";
            default -> billions + " billion yen";
        };
    }

    /** A number of billions from 1 to 9.9, with one decimal unless it is whole. */
    private static String billions(SplittableRandom random) {
        int tenths = 10 + random.nextInt(90);
        return tenths % 10 == 0 ? Integer.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }
}
