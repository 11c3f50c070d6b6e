/** The baseline: a plain, non-virtualized list of 100 rows shaped like the timeline's rows. */
export function PlainList({ height, rowHeight }: { height: number; rowHeight: number }) {
  const rows = Array.from({ length: 100 }, (_, i) => i);
  return (
    <div className="plain-list" style={{ height, overflow: "auto", fontSize: 13 }}>
      {rows.map((i) => (
        <div
          key={i}
          style={{
            display: "grid",
            gridTemplateColumns: "2fr 48px 84px 84px 5fr",
            height: rowHeight,
          }}
        >
          <span style={{ paddingLeft: (i % 5) * 14 }}>operation-{i}</span>
          <span>200</span>
          <span>{(i * 1.7).toFixed(1)} ms</span>
          <span>OK</span>
          <span style={{ position: "relative" }}>
            <span
              style={{
                position: "absolute",
                left: `${i % 80}%`,
                width: "10%",
                top: 5,
                bottom: 5,
                background: "#1d8102",
              }}
            />
          </span>
        </div>
      ))}
    </div>
  );
}
