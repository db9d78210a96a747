// A model of OTP's supervisor restart strategies (used by supervisor.prop.test.ts).
export type Strategy = "one_for_one" | "one_for_all" | "rest_for_one";
export type Restart = "permanent" | "transient" | "temporary";
export type ExitReason = "normal" | "shutdown" | "boom";

export interface SupScenario {
  strategy: Strategy;
  maxRestarts: number;
  restarts: Restart[]; // child i (id :"w<i>") has restart type restarts[i]
  crashes: { child: number; reason: ExitReason }[];
}

interface Child {
  id: number;
  restart: Restart;
  up: boolean;
}

/** one line per step: the children by id (up/undefined, starts so far) or the supervisor down */
export function runSupModel(s: SupScenario): string[] {
  let children: Child[] = s.restarts.map((restart, id) => ({ id, restart, up: true }));
  const starts = s.restarts.map(() => 1);
  let restarts = 0;
  const out: string[] = [render()];
  function render(): string {
    return [...children]
      .sort((a, b) => a.id - b.id)
      .map((c) => `w${c.id}=${c.up ? "up" : "undefined"}/${starts[c.id]}`)
      .join(" ");
  }
  for (const { child, reason } of s.crashes) {
    const c = children.find((x) => x.id === child);
    if (!c || !c.up) {
      out.push(render());
      continue;
    }
    c.up = false;
    if (c.restart === "temporary") {
      children = children.filter((x) => x !== c);
      out.push(render());
      continue;
    }
    if (c.restart === "transient" && (reason === "normal" || reason === "shutdown")) {
      out.push(render());
      continue;
    }
    restarts++;
    if (restarts > s.maxRestarts) {
      out.push("supervisor down :shutdown");
      return out;
    }
    const k = children.indexOf(c);
    // the children to restart besides c: all others (one_for_all), the later ones (rest_for_one);
    // the supervisor terminates them first, and a terminated temporary child is removed
    const others = s.strategy === "one_for_all" ? children.filter((x) => x !== c) : s.strategy === "rest_for_one" ? children.slice(k + 1) : [];
    children = children.filter((x) => !(others.includes(x) && x.restart === "temporary"));
    for (const x of children) {
      if (x === c || others.includes(x)) {
        x.up = true;
        starts[x.id]++;
      }
    }
    out.push(render());
  }
  return out;
}
