import { cleanup, render } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { SqlTab } from "../../../src/react/SegmentDetails/SqlTab";
import { describeCorpus } from "../../support/corpus";
import { corpusTrace } from "./corpusTrace";
import { rowValue } from "./rowValue";

afterEach(cleanup);

describeCorpus("SqlTab on corpus documents", () => {
  it("shows every sql field and the sanitized query in monospace", () => {
    const trace = corpusTrace("otelcontrib-awsxray-testdata__indepSubsegmentWithSql.json");
    const { container } = render(<SqlTab entity={trace.roots[0].entity} />);
    const query = container.querySelector("pre") as HTMLElement;
    expect(query.textContent).toBe("SELECT  *  FROM  customers  WHERE  customer_id=?;");
    expect(query.classList.contains("tl-details-mono")).toBe(true);
    expect(rowValue(container, "URL")).toBe(
      "jdbc:postgresql://aawijb5u25wdoy.cpamxznpdoq8.us-west-2.rds.amazonaws.com:5432/ebdb?myInterceptor=foo",
    );
    expect(rowValue(container, "Database type")).toBe("PostgreSQL");
    expect(rowValue(container, "Database version")).toBe("9.5.4");
    expect(rowValue(container, "Driver version")).toBe("PostgreSQL 9.4.1211.jre7");
    expect(rowValue(container, "User")).toBe("dbuser");
    expect(rowValue(container, "Preparation")).toBe("statement");
  });
});

it("shows a connection string and fields X-Ray does not document", () => {
  const entity = {
    id: "1111111111111111",
    name: "db",
    start_time: 1,
    end_time: 2,
    sql: { connection_string: "Server=db;Database=shop", pool: "main" },
  };
  const { container } = render(<SqlTab entity={entity} />);
  expect(rowValue(container, "Connection string")).toBe("Server=db;Database=shop");
  expect(rowValue(container, "pool")).toBe("main");
  expect(container.querySelector("pre")).toBeNull();
});
