// Turns the golden's option source ("limit: 3, width: 20") into InspectOpts.
import type { InspectOpts } from "../../vm/inspect.ts";

export function fromJsonOpts(src: string): Partial<InspectOpts> {
  const o: Partial<InspectOpts> = {};
  for (const part of src.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [k, v] = part.split(":").map((s) => s.trim()).filter(Boolean);
    const val = v === "infinity" ? Infinity : v === "true" ? true : v === "false" ? false : /^\d+$/.test(v) ? Number(v) : v;
    const key = k === "printable_limit" ? "printableLimit" : k;
    (o as any)[key] = val;
  }
  return o;
}
