// Inspect for the calendar structs of the ISO calendar, as Elixir 1.14 prints them:
// ~D[2024-01-01], ~T[10:00:00.5], ~N[2024-01-01 10:00:00], ~U[2024-01-01 10:00:00Z] (a DateTime
// in Etc/UTC), #DateTime<2024-01-01 00:00:00+01:00 CET Europe/Paris> (any other zone) and
// Date.range(~D[...], ~D[...]) (with the step when it is not 1).
// The string forms follow Calendar.ISO (lib/calendar/iso.ex); a struct whose fields do not fit
// (another calendar, missing keys) returns undefined and prints as a plain struct.
import { Atom, Bin, Tuple, MapLike, Term, atom, isInt, isMap } from "./terms.ts";

const ISO = "Elixir.Calendar.ISO";

function field(m: MapLike, name: string): Term | undefined {
  return m.get(atom(name));
}

function small(m: MapLike, name: string): number | undefined {
  const v = field(m, name);
  return typeof v === "number" && Number.isInteger(v) ? v : undefined;
}

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, "0");
}

function isoCalendar(m: MapLike): boolean {
  const c = field(m, "calendar");
  return c instanceof Atom && c.name === ISO;
}

function dateText(m: MapLike): string | undefined {
  const y = small(m, "year"), mo = small(m, "month"), d = small(m, "day");
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  return (y < 0 ? "-" : "") + pad(y, 4) + "-" + pad(mo, 2) + "-" + pad(d, 2);
}

function timeText(m: MapLike): string | undefined {
  const h = small(m, "hour"), mi = small(m, "minute"), s = small(m, "second");
  const us = field(m, "microsecond");
  if (h === undefined || mi === undefined || s === undefined) return undefined;
  if (!(us instanceof Tuple) || us.items.length !== 2) return undefined;
  const [value, precision] = us.items;
  if (typeof value !== "number" || typeof precision !== "number") return undefined;
  const frac = precision > 0 ? "." + pad(value, 6).slice(0, precision) : "";
  return pad(h, 2) + ":" + pad(mi, 2) + ":" + pad(s, 2) + frac;
}

function offsetText(utcOffset: number, stdOffset: number, zone: string): string {
  if (utcOffset === 0 && stdOffset === 0 && zone === "Etc/UTC") return "Z";
  const total = utcOffset + stdOffset;
  const minutes = Math.floor(Math.abs(total) / 60);
  return (total < 0 ? "-" : "+") + pad(Math.floor(minutes / 60), 2) + ":" + pad(minutes % 60, 2);
}

function datetimeText(m: MapLike): string | undefined {
  const date = dateText(m), time = timeText(m);
  const zone = field(m, "time_zone"), abbr = field(m, "zone_abbr");
  const utc = small(m, "utc_offset"), std = small(m, "std_offset");
  if (date === undefined || time === undefined || utc === undefined || std === undefined) return undefined;
  if (!(zone instanceof Bin) || !(abbr instanceof Bin)) return undefined;
  const z = zone.toString();
  const suffix = z === "Etc/UTC" ? "" : " " + abbr.toString() + " " + z;
  return date + " " + time + offsetText(utc, std, z) + suffix;
}

/** The inspect text of a calendar struct, or undefined when `mod` is not one (or does not fit). */
export function inspectCalendarStruct(m: MapLike, mod: Atom): string | undefined {
  switch (mod.name) {
    case "Elixir.Date": {
      const t = isoCalendar(m) ? dateText(m) : undefined;
      return t === undefined ? undefined : "~D[" + t + "]";
    }
    case "Elixir.Time": {
      const t = isoCalendar(m) ? timeText(m) : undefined;
      return t === undefined ? undefined : "~T[" + t + "]";
    }
    case "Elixir.NaiveDateTime": {
      if (!isoCalendar(m)) return undefined;
      const d = dateText(m), t = timeText(m);
      return d === undefined || t === undefined ? undefined : "~N[" + d + " " + t + "]";
    }
    case "Elixir.DateTime": {
      const t = isoCalendar(m) ? datetimeText(m) : undefined;
      if (t === undefined) return undefined;
      const zone = (field(m, "time_zone") as Bin).toString();
      const utc = field(m, "utc_offset") === 0 && field(m, "std_offset") === 0 && zone === "Etc/UTC";
      return utc ? "~U[" + t + "]" : "#DateTime<" + t + ">";
    }
    case "Elixir.Date.Range": {
      const first = field(m, "first"), last = field(m, "last"), step = field(m, "step");
      if (!isMap(first) || !isMap(last) || !isInt(step)) return undefined;
      const a = inspectCalendarStruct(first, atom("Elixir.Date")), b = inspectCalendarStruct(last, atom("Elixir.Date"));
      if (a === undefined || b === undefined) return undefined;
      return "Date.range(" + a + ", " + b + (step === 1 ? "" : ", " + String(step)) + ")";
    }
  }
  return undefined;
}
