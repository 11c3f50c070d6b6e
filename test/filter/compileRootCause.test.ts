import { describe, expect, it } from "vitest";
import { compileFilter } from "../../src/filter/compileFilter";
import type { TraceSummary } from "../../src/model/index";

/** A summary with hand-written root causes (only the fields root-cause terms read). */
function summary(fields: Partial<TraceSummary>): TraceSummary {
  return {
    FaultRootCauses: [],
    ErrorRootCauses: [],
    ResponseTimeRootCauses: [],
    EntryPoint: { Name: "front", Names: ["front"], Type: "AWS::EC2::Instance" },
    ...fields,
  } as unknown as TraceSummary;
}

const faults = summary({
  FaultRootCauses: [
    {
      ClientImpacting: true,
      Services: [
        {
          Name: "front",
          Names: ["front"],
          Type: "AWS::EC2::Instance",
          AccountId: "111",
          Inferred: false,
          EntityPath: [
            { Name: "front", Exceptions: [], Remote: false },
            { Name: "call", Exceptions: [{ Name: "Timeout", Message: "timed out" }], Remote: true },
          ],
        },
        {
          Name: "db",
          Names: ["db", "db-alias"],
          Type: "AWS::DynamoDB::Table",
          Inferred: true,
          EntityPath: [
            {
              Name: "db",
              Exceptions: [
                { Name: "Throttled", Message: "slow down" },
                { Name: "Fatal", Message: "gave up" },
              ],
              Remote: true,
            },
          ],
        },
      ],
    },
  ],
  ErrorRootCauses: [
    {
      ClientImpacting: false,
      Services: [
        {
          Name: "auth",
          Names: ["auth"],
          Inferred: false,
          EntityPath: [{ Name: "auth", Exceptions: [], Remote: false }],
        },
      ],
    },
  ],
  ResponseTimeRootCauses: [
    {
      ClientImpacting: true,
      Services: [
        {
          Name: "front",
          Names: ["front"],
          Inferred: false,
          EntityPath: [
            { Name: "front", Coverage: 1, Remote: false },
            { Name: "call", Coverage: 0.9, Remote: true },
          ],
        },
        {
          Name: "db",
          Names: ["db"],
          Inferred: true,
          EntityPath: [{ Name: "db", Coverage: 0.85, Remote: false }],
        },
      ],
    },
  ],
});

const matches = (expression: string, s = faults): boolean => {
  const filter = compileFilter(expression);
  expect(filter.diagnostics).toEqual([]);
  return filter.matchesSummary(s);
};

describe("rootcause terms", () => {
  it.each<[string, boolean]>([
    // services: [front, db]
    ['rootcause.fault.service { first AND name = "front" AND root AND account.id = "111" }', true],
    [
      'rootcause.fault.service { last AND inferred AND name = "db-alias" AND type = "AWS::DynamoDB::Table" }',
      true,
    ],
    ["rootcause.fault.service { index = 1 AND !root }", true],
    ["rootcause.fault.service { index > 1 }", false],
    // entities across services: [front, call, db]
    ['rootcause.fault.entity { index = 1 AND remote AND name = "call" }', true],
    ['rootcause.fault.entity { last AND name = "db" }', true],
    ["rootcause.fault.entity { first AND remote }", false],
    // exceptions across entities: [Timeout, Throttled, Fatal]
    ['rootcause.fault.exception { first AND name = "Timeout" }', true],
    ['rootcause.fault.exception { last AND message = "gave up" }', true],
    ['rootcause.fault.exception { index = 1 AND message CONTAINS "slow" }', true],
    ['rootcause.fault.exception { last AND name = "Throttled" }', false],
    // other kinds
    ['rootcause.error.service { name = "auth" }', true],
    ['rootcause.error.service { name = "db" }', false],
    ["rootcause.responsetime.entity { last AND coverage > 0.8 AND coverage < 0.9 }", true],
    ['rootcause.responsetime.entity { remote AND coverage >= 0.9 AND name = "call" }', true],
    ["rootcause.responsetime.service { last AND inferred }", true],
    ['!rootcause.fault.service { name = "nowhere" }', true],
    ['message = "gave up" AND message = "timed out"', true],
  ])("%s → %s", (expression, expected) => {
    expect(matches(expression)).toBe(expected);
  });

  it("matches nothing on a trace without root causes", () => {
    expect(matches("rootcause.fault.service { index >= 0 }", summary({}))).toBe(false);
  });

  it.each<[string, boolean]>([
    ['rootcause.json = #[{"Services": [{"Name": "front"}, {"Name": "db"}]}]', true],
    ['rootcause.json = #[{"Services": [{"Name": "front"}]}]', false],
    ['rootcause.json = #[{"ClientImpacting": false}]', true],
    [
      'rootcause.json = #[{"Services": [{"Name": "auth", "EntityPath": [{"Name": "auth", "Remote": false}]}]}, {"ClientImpacting": true}]',
      true,
    ],
    ['rootcause.json = #[{"Services": [{"Names": ["db"]}, {}]}]', false],
    ['rootcause.json = #[{"Services": [{}, {"Names": ["db", "db-alias"]}]}]', true],
    ['rootcause.json = #[{"__proto__": 1}]', false],
    ['rootcause.json != #[{"ClientImpacting": false}]', false],
    ["rootcause.json = #[]", true],
  ])("%s → %s", (expression, expected) => {
    expect(matches(expression)).toBe(expected);
  });
});
