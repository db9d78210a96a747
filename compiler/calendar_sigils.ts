// ~D ~T ~N ~U: parsed at compile time, as Elixir's sigil macros do, into the struct's map AST
// (%{__struct__: Date, calendar: Calendar.ISO, year: ..., ...}), so a sigil works both as an
// expression and as a pattern. Text that does not parse is an ArgumentError at compile time,
// with Elixir's message (`cannot parse "2024-13-01" as Date for Calendar.ISO, reason: :invalid_date`).
import type { Ast } from "../lang/ast.ts";
import { CompileError } from "../lang/compile_error.ts";
import { call } from "./ast_util.ts";
import type { ElixirCodeFrame } from "./expansion_error.ts";

type Fields = [string, Ast][];
type Parsed = Fields | { error: string };

const CONTEXT: Record<string, string> = { sigil_D: "Date", sigil_T: "Time", sigil_N: "NaiveDateTime", sigil_U: "UTC DateTime" };
const MODULE: Record<string, string> = { sigil_D: "Elixir.Date", sigil_T: "Elixir.Time", sigil_N: "Elixir.NaiveDateTime", sigil_U: "Elixir.DateTime" };

export function isCalendarSigil(name: string): boolean {
  return name in CONTEXT;
}

const int = (n: number): Ast => ({ t: "int", v: BigInt(n) });
const atomA = (v: string): Ast => ({ t: "atom", v });
const str = (v: string): Ast => ({ t: "str", v });
const pair = (k: string, value: Ast): Ast => ({ t: "tuple", items: [atomA(k), value] });

/** text that does not parse raises this ArgumentError while the sigil expands, from Elixir's own
 *  frames (Kernel.parse_with_calendar!/3 and its maybe_raise!/4; ~U's check of the offset is the
 *  macro's own code) */
export type CalendarSigilFailure = (message: string, frames: ElixirCodeFrame[]) => never;

const PARSE_FRAMES: ElixirCodeFrame[] = [
  ["Elixir.Kernel", "maybe_raise!", 4, "lib/kernel.ex", 6246],
  ["Elixir.Kernel", "parse_with_calendar!", 3, "lib/kernel.ex", 6225],
];

/** The struct AST for a calendar sigil; bad text fails through `fail` as Elixir raises it. */
export function calendarSigil(name: string, args: Ast[], file: string, line: number | undefined, fail: CalendarSigilFailure): Ast {
  const [content, mods] = args;
  if (content === undefined || !(content.t === "call" && content.name === "<<>>") || !content.args?.every((p) => p.t === "str")) {
    throw new CompileError("CompileError", file, line ?? 0, null, `~${name.slice(-1)} does not allow interpolation`);
  }
  if (mods && mods.t === "list" && mods.items.length > 0) {
    throw new CompileError("CompileError", file, line ?? 0, null, `~${name.slice(-1)} takes no modifiers`);
  }
  let text = content.args.map((p) => (p as { v: string }).v).join("");
  // an optional calendar after the last space: ~D[2024-01-01 Calendar.ISO]
  const words = text.split(" ");
  if (words.length > 1 && /^[A-Z]/.test(words[words.length - 1])) {
    const calendar = words.pop()!;
    if (calendar !== "Calendar.ISO") {
      throw new CompileError("CompileError", file, line ?? 0, null, `calendar ${calendar} is not supported by beamlet (only Calendar.ISO)`);
    }
    text = words.join(" ");
  }
  const parsed = parseFor(name, text);
  if ("error" in parsed) {
    return fail(`cannot parse ${JSON.stringify(text)} as ${CONTEXT[name]} for Calendar.ISO, reason: :${parsed.error}`,
      parsed.error === "non_utc_offset" ? [] : PARSE_FRAMES);
  }
  const fields: Fields = [["__struct__", atomA(MODULE[name])], ["calendar", atomA("Elixir.Calendar.ISO")], ...parsed];
  if (name === "sigil_U") fields.push(["std_offset", int(0)], ["time_zone", str("Etc/UTC")], ["utc_offset", int(0)], ["zone_abbr", str("UTC")]);
  return call("%{}", fields.map(([k, v]) => pair(k, v)));
}

interface RawDate { year: number; month: number; day: number }
interface RawTime { hour: number; minute: number; second: number; micro: number; precision: number; offset: number | null }

// As Calendar.ISO does: the whole text must have the format first (:invalid_format), then the
// date must exist (:invalid_date), then the time (:invalid_time), then the offset rules of ~U.
function parseFor(name: string, text: string): Parsed {
  let date: RawDate | null = null;
  let time: RawTime | null = null;
  if (name === "sigil_D") {
    date = rawDate(text);
  } else if (name === "sigil_T") {
    time = rawTime(text.startsWith("T") ? text.slice(1) : text);
  } else {
    const m = /^([^T ]*)[T ](.*)$/s.exec(text);
    date = m ? rawDate(m[1]) : null;
    time = m ? rawTime(m[2]) : null;
    if (!date || !time) return { error: "invalid_format" };
  }
  if (name === "sigil_D" ? !date : name === "sigil_T" ? !time : false) return { error: "invalid_format" };
  const fields: Fields = [];
  if (date) {
    const { year, month, day } = date;
    if (year < -9999 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { error: "invalid_date" };
    fields.push(["day", int(day)], ["month", int(month)], ["year", int(year)]);
  }
  if (time) {
    if (name === "sigil_U" && time.offset === null) return { error: "missing_offset" };
    if (time.hour > 23 || time.minute > 59 || time.second > 59) return { error: "invalid_time" };
    if (name === "sigil_U" && time.offset !== 0) return { error: "non_utc_offset" };
    const us: Ast = { t: "tuple", items: [int(time.micro), int(time.precision)] };
    fields.push(["hour", int(time.hour)], ["microsecond", us], ["minute", int(time.minute)], ["second", int(time.second)]);
  }
  return fields;
}

function rawDate(text: string): RawDate | null {
  const m = /^([+-]?)(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  return { year: (m[1] === "-" ? -1 : 1) * Number(m[2]), month: Number(m[3]), day: Number(m[4]) };
}

/** HH:MM:SS, an optional fraction (at most 6 digits kept) and an optional offset */
function rawTime(text: string): RawTime | null {
  const m = /^(\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(.*)$/s.exec(text);
  if (!m) return null;
  const offset = parseOffset(m[5]);
  if (offset === "bad") return null;
  const digits = m[4] ?? "";
  return {
    hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3]),
    micro: Number((digits.slice(0, 6) + "000000").slice(0, 6)), precision: Math.min(digits.length, 6), offset,
  };
}

function parseOffset(text: string): number | null | "bad" {
  if (text === "") return null;
  if (text === "Z") return 0;
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(text);
  if (!m) return "bad";
  const hours = Number(m[2]), minutes = Number(m[3] ?? "0");
  if (hours > 23 || minutes > 59 || (m[1] === "-" && hours === 0 && minutes === 0)) return "bad";
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes) * 60;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
