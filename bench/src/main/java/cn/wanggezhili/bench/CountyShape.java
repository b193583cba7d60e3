package cn.wanggezhili.bench;

/**
 * The generated county: a five-level grid (county, townships, villages and communities, grids, micro-grids) with
 * households on the micro-grids and residents in the households, spread evenly.
 */
record CountyShape(String countyCode, int townships, int villagesPerTownship, int gridsPerVillage,
                   int microGridsPerGrid, int households, int residents) {

    CountyShape {
        // township segments take a third of the kinds each (streets 001-, towns 100-, townships 200-): at most 99 each
        if (townships < 1 || townships > 3 * 99 || villagesPerTownship < 1 || villagesPerTownship > 2 * 199
                || gridsPerVillage < 1 || gridsPerVillage > 999 || microGridsPerGrid < 1 || microGridsPerGrid > 999) {
            throw new IllegalArgumentException("no valid codes for " + this);
        }
        if (households < 1 || residents < households) {
            throw new IllegalArgumentException("every household needs a resident: " + this);
        }
    }

    int villages() {
        return townships * villagesPerTownship;
    }

    int grids() {
        return villages() * gridsPerVillage;
    }

    int microGrids() {
        return grids() * microGridsPerGrid;
    }

    int units() {
        return 1 + townships + villages() + grids() + microGrids();
    }

    /** The county code's significant digits (province, city, county): the prefix of every code below it. */
    String countyPrefix() {
        return countyCode.substring(0, 6);
    }

    String describe() {
        return "%,d units: 1 county %s, %d townships, %,d villages/communities, %,d grids, %,d micro-grids; %,d households, %,d residents"
                .formatted(units(), countyCode, townships, villages(), grids(), microGrids(), households, residents);
    }
}
