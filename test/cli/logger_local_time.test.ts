// Logger's console stamps entries in local time, as Elixir 1.14's does by default (utc_log:
// false): under TZ=Asia/Tokyo (UTC+9, no summer time) the stamp is :calendar.local_time's, not
// UTC's. The program prints the local and universal times around the entry to compare with.
import { it, expect } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, tempDir, cleanup } from "../e2e/helpers.ts";

const PROGRAM = `require Logger
Logger.configure_backend(:console, format: "logged $date $time\\n")
stamp = fn {{y, mo, d}, {h, mi, _}} -> :io_lib.format("~4..0B-~2..0B-~2..0B ~2..0B:~2..0B", [y, mo, d, h, mi]) end
IO.puts(["local ", stamp.(:calendar.local_time()), " utc ", stamp.(:calendar.universal_time())])
Logger.info("x")
Logger.flush()
IO.puts(["local ", stamp.(:calendar.local_time()), " utc ", stamp.(:calendar.universal_time())])
`;

it("stamps the console's entries in local time (TZ), not UTC", async () => {
  const dir = tempDir("logger-local-time");
  try {
    writeFileSync(join(dir, "stamp.exs"), PROGRAM);
    const r = await beamlet(["run", "stamp.exs"], { cwd: dir, env: { TZ: "Asia/Tokyo", BEAMLET_TIME_SCALE: "1" } });
    expect(r.stderr).toBe("");
    const logged = r.stdout.match(/^logged (\d{4}-\d\d-\d\d \d\d:\d\d)/m)![1];
    const around = [...r.stdout.matchAll(/^local (\S+ \S+) utc (\S+ \S+)$/gm)];
    expect(around).toHaveLength(2);
    expect(around[0][1]).not.toBe(around[0][2]);
    // the entry falls between the two readings (a minute may turn between them)
    expect([around[0][1], around[1][1]]).toContain(logged);
  } finally {
    cleanup(dir);
  }
});
