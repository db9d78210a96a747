// Wall-clock BIFs: :os.timestamp, :os.system_time, :erlang.timestamp, :erlang.universaltime,
// :erlang.localtime and their conversions. Time comes from the node's clock (systemNs), so a
// deterministic node sees its virtual clock. Local time uses the host's UTC offset (0 without one).
import { Term, Tuple, tuple, int, atom, TRUE, FALSE } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { badarg, badargAt } from "../errors.ts";
import { systemNs, convertTime, unitPerSecond } from "./erlang.ts";

const DAY = 86400;
// days from 0000-01-01 to 1970-01-01 (the gregorian day of the Unix epoch)
const UNIX_EPOCH_DAYS = 719528;

/** {{Y, M, D}, {H, Mi, S}} of seconds since the Unix epoch (civil-from-days on 400-year eras) */
export function datetimeOfUnixSeconds(seconds: number): Term {
  const days = Math.floor(seconds / DAY);
  const secs = seconds - days * DAY;
  const z = days + UNIX_EPOCH_DAYS - 60;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return tuple(tuple(year, month, day), tuple(Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60));
}

/** seconds since the Unix epoch of {{Y, M, D}, {H, Mi, S}}, or undefined when malformed */
function unixSecondsOfDatetime(t: Term): number | undefined {
  const parts = datetimeParts(t);
  if (!parts) return undefined;
  const [y0, m, d, h, mi, s] = parts;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe + 60 - UNIX_EPOCH_DAYS;
  return days * DAY + h * 3600 + mi * 60 + s;
}

function datetimeParts(t: Term): number[] | undefined {
  if (!(t instanceof Object) || !("items" in t)) return undefined;
  const [date, time] = (t as any).items as Term[];
  const nums = [...(((date as any)?.items ?? []) as Term[]), ...(((time as any)?.items ?? []) as Term[])];
  if (nums.length !== 6 || !nums.every((n) => typeof n === "number" && Number.isInteger(n))) return undefined;
  const [, m, d, h, mi, s] = nums as number[];
  if (m < 1 || m > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return undefined;
  return nums as number[];
}

function nowSeconds(ctx: BifContext): number {
  return Number(systemNs(ctx) / 1000000000n);
}

function localOffsetSeconds(ctx: BifContext, unixSeconds: number): number {
  const node = ctx.node;
  return node?.utcOffsetMinutes ? node.utcOffsetMinutes(unixSeconds * 1000) * 60 : 0;
}

function timestamp(ctx: BifContext): Term {
  const us = systemNs(ctx) / 1000n;
  return tuple(Number(us / 1000000000000n), Number((us / 1000000n) % 1000000n), Number(us % 1000000n));
}

const erlangClock = {
  "system_time/0": (_: Term[], ctx: BifContext) => int(systemNs(ctx)),
  "system_time/1": ([u]: Term[], ctx: BifContext) => convertTime(systemNs(ctx), 1000000000n, unitPerSecond(u, 1)),
  "os_system_time/0": (_: Term[], ctx: BifContext) => int(systemNs(ctx)),
  "os_system_time/1": ([u]: Term[], ctx: BifContext) => convertTime(systemNs(ctx), 1000000000n, unitPerSecond(u)),
  "timestamp/0": (_: Term[], ctx: BifContext) => timestamp(ctx),
  "universaltime/0": (_: Term[], ctx: BifContext) => datetimeOfUnixSeconds(nowSeconds(ctx)),
  "localtime/0": (_: Term[], ctx: BifContext) => {
    const now = nowSeconds(ctx);
    return datetimeOfUnixSeconds(now + localOffsetSeconds(ctx, now));
  },
  "universaltime_to_localtime/1": ([t]: Term[], ctx: BifContext) => {
    const s = unixSecondsOfDatetime(t);
    return s === undefined ? badarg() : datetimeOfUnixSeconds(s + localOffsetSeconds(ctx, s));
  },
  "localtime_to_universaltime/1": ([t]: Term[], ctx: BifContext) => {
    const s = unixSecondsOfDatetime(t);
    return s === undefined ? badarg() : datetimeOfUnixSeconds(s - localOffsetSeconds(ctx, s));
  },
  // (the daylight-saving flag only matters where a local time is ambiguous; the host's zone decides)
  "localtime_to_universaltime/2": ([t, dst]: Term[], ctx: BifContext) => {
    const s = unixSecondsOfDatetime(t);
    if (s === undefined || !(dst === TRUE || dst === FALSE || dst === atom("undefined"))) return badarg();
    return datetimeOfUnixSeconds(s - localOffsetSeconds(ctx, s));
  },
  "universaltime_to_posixtime/1": ([t]: Term[]) => unixSecondsOfDatetime(t) ?? badarg(),
  "posixtime_to_universaltime/1": ([t]: Term[]) => (typeof t === "number" && Number.isInteger(t) ? datetimeOfUnixSeconds(t) : badargAt(1, "not an integer")),
  "date/0": (_: Term[], ctx: BifContext) => (localNow(ctx) as Tuple).items[0],
  "time/0": (_: Term[], ctx: BifContext) => (localNow(ctx) as Tuple).items[1],
  // the deprecated now/0: the wall clock as {mega, seconds, micro}, each call later than the last
  "now/0": (_: Term[], ctx: BifContext) => {
    let us = systemNs(ctx) / 1000n;
    const last = lastNow.get(ctx.node) ?? -1n;
    if (us <= last) us = last + 1n;
    lastNow.set(ctx.node, us);
    return tuple(Number(us / 1000000000000n), Number((us / 1000000n) % 1000000n), Number(us % 1000000n));
  },
};

const lastNow = new WeakMap<object, bigint>();

function localNow(ctx: BifContext): Term {
  const now = nowSeconds(ctx);
  return datetimeOfUnixSeconds(now + localOffsetSeconds(ctx, now));
}
defineBifs("erlang", erlangClock);

defineBifs("os", {
  "timestamp/0": (_: Term[], ctx: BifContext) => timestamp(ctx),
  "system_time/0": (_: Term[], ctx: BifContext) => int(systemNs(ctx)),
  "system_time/1": ([u]: Term[], ctx: BifContext) => convertTime(systemNs(ctx), 1000000000n, unitPerSecond(u, 1)),
});
