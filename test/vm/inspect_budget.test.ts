// inspect's budget (vm/inspect_budget.ts) counts each element shown once: a list of scalars was
// counted twice (by its cell and again as a leaf), so inspecting a 5M list with limit: :infinity
// gave SystemLimitError with room to spare (elixir prints it).
import { describe, it, expect, afterEach } from "vitest";
import { BYTES_PER_SHOWN, checkInspectBudget, setInspectHeapRoom } from "../../vm/inspect_budget.ts";
import { NIL, Term, atom, list, tuple } from "../../vm/terms.ts";
import { mapFromEntries } from "../../vm/map.ts";

const room = (elements: number) => setInspectHeapRoom(() => elements * BYTES_PER_SHOWN);
const tryBudget = (t: Term) => {
  try {
    checkInspectBudget(t, Infinity, 4096);
    return "ok";
  } catch {
    return "system_limit";
  }
};

describe("inspect budget", () => {
  afterEach(() => setInspectHeapRoom(() => Infinity));

  it("counts a list of scalars once per element", () => {
    const xs = Array.from({ length: 300_000 }, (_, i) => i);
    room(400_000);
    expect(tryBudget(list(xs))).toBe("ok");
    room(250_000);
    expect(tryBudget(list(xs))).toBe("system_limit");
  });

  it("counts nested containers' elements and a map's keys and values", () => {
    const t = list(Array.from({ length: 100_000 }, (_, i) => tuple(i, atom("a"))));
    room(320_000);
    expect(tryBudget(t)).toBe("ok");
    room(250_000);
    expect(tryBudget(t)).toBe("system_limit");
    const m = mapFromEntries(Array.from({ length: 150_000 }, (_, i) => [i, NIL] as [Term, Term]));
    room(320_000);
    expect(tryBudget(m)).toBe("ok");
    room(250_000);
    expect(tryBudget(m)).toBe("system_limit");
  });
});
