import { describe, expect, it } from "vitest";
import { knownComputedSeries } from "../core/indicators/index.js";
import { KNOWN_SERIES } from "../modules/plan/pack/pack.fixture.js";
import { registerComputedSeriesOfModules } from "./computed-series.js";

describe("computed series", () => {
  it("registers exactly the keys the plan packs' tests know", () => {
    registerComputedSeriesOfModules();
    expect([...knownComputedSeries()].sort()).toEqual([...KNOWN_SERIES].sort());
  });
});
