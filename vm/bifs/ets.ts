// :ets as BIFs: tables live in the node (one EtsTables per node), are owned by a process and
// deleted when it exits (or handed to their heir). Access rights, table types and the badarg
// descriptions follow OTP 25. foldl/foldr take a fun and live in lib/erlang/ets.ex.
import { memoryContributors } from "./memory.ts";
import { Atom, Cons, Pid, Ref, Term, Tuple, atom, tuple, list, listToArray, TRUE, FALSE, isInt } from "../terms.ts";
import { ErlangError } from "../errors.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { badargAt } from "./util.ts";
import { compare } from "../compare.ts";
import { EtsTable, TableOptions, TableKind, Protection } from "../ets/table.ts";
import { compileMatchSpec, runMatchSpec, matchBindings, MatchClause } from "../ets/match_spec.ts";
import * as A from "./arith.ts";
import type { Node } from "../node.ts";
import type { Process } from "../process.ts";

const END = atom("$end_of_table");
const UNDEFINED = atom("undefined");
const TRANSFER = atom("ETS-TRANSFER");
const NO_TABLE = "the table identifier does not refer to an existing ETS table";
const NO_KEY = "not a key that exists in the table";
const BAD_TYPE = "the table identifier refers to an ETS table of a type not supported by this operation";
const NO_ACCESS = "the table identifier refers to an ETS table with insufficient access rights";

/** the tables of one node, by id and by name */
class EtsTables {
  byId = new Map<number, EtsTable>();
  byName = new Map<Atom, EtsTable>();

  constructor(readonly node: Node) {
    node.exitHooks.push((p) => this.ownerExited(p));
    node.resourceCounts.set("ets_count", () => this.byId.size);
  }

  drop(t: EtsTable): void {
    this.byId.delete(t.id.id);
    if (t.opts.named) this.byName.delete(t.name);
  }

  private ownerExited(p: Process): void {
    for (const t of [...this.byId.values()]) {
      if (t.owner !== p) continue;
      const heir = t.opts.heir;
      if (heir && heir.pid !== p && heir.pid.status !== "exited") {
        t.owner = heir.pid;
        this.node.send(heir.pid, tuple(TRANSFER, tableRef(t), p.pid, heir.data));
      } else {
        this.drop(t);
      }
    }
  }
}

const stateOf = new WeakMap<Node, EtsTables>();
// :erlang.memory(:ets): the words of every table, as :ets.info(t, :memory) counts them
memoryContributors.set("ets", (n) => {
  let words = 0;
  for (const t of stateOf.get(n)?.byId.values() ?? []) words += 300 + t.size * 8;
  return words;
});
function tables(ctx: BifContext): EtsTables {
  const node = ctx.node as Node;
  let s = stateOf.get(node);
  if (!s) stateOf.set(node, (s = new EtsTables(node)));
  return s;
}

function tableRef(t: EtsTable): Term {
  return t.opts.named ? t.name : t.id;
}

type Access = "read" | "write" | "owner";

/** the table a tid or name refers to, checking that the calling process may use it */
export function table(ctx: BifContext, tab: Term, access: Access = "read"): EtsTable {
  const s = tables(ctx);
  const t = tab instanceof Atom ? s.byName.get(tab) : tab instanceof Ref ? s.byId.get(tab.id) : undefined;
  if (!t) return badargAt(1, NO_TABLE, "id");
  const mine = t.owner === ctx.process;
  const p = t.opts.protection;
  if (!mine && (access === "owner" || p === "private" || (access === "write" && p === "protected"))) badargAt(1, NO_ACCESS, "access");
  return t;
}

/** what is wrong with insert's objects, as OTP 25 words it (null: a tuple or a list of non-empty tuples) */
function objectsFault(arg: Term): string | null {
  if (arg instanceof Tuple) return arg.items.length === 0 ? "is an empty tuple" : null;
  const items = listToArray(arg);
  if (items === null && !(arg instanceof Cons)) return "not a tuple";
  if (items === null || items.some((o) => !(o instanceof Tuple) || o.items.length === 0)) return "not a non-empty tuple or a list of non-empty tuples";
  return null;
}

/** OTP adds a list's objects to a bag from its last to its first (a lookup of one key lists
 *  them reversed); other table types take them in order */
function inInsertOrder(t: EtsTable, items: Tuple[]): Tuple[] {
  return t.kind === "bag" && items.length > 1 ? items.slice().reverse() : items;
}

/** insert's table and objects: OTP names both arguments when both are wrong */
function insertArgs(ctx: BifContext, tab: Term, arg: Term): [EtsTable, Tuple[]] {
  const fault = objectsFault(arg);
  let t: EtsTable;
  try {
    t = table(ctx, tab, "write");
  } catch (e) {
    if (fault !== null && e instanceof ErlangError && e.diagnosis !== undefined) e.diagnosis.args.push([2, fault]);
    throw e;
  }
  if (fault !== null) return badargAt(2, fault);
  const items = (arg instanceof Tuple ? [arg] : listToArray(arg)!) as Tuple[];
  // a tuple shorter than the key position: a plain badarg, OTP's formatter says nothing more
  if (items.some((o) => o.items.length < t.opts.keypos)) {
    const e = new ErlangError("error", atom("badarg"));
    e.diagnosis = { args: [] };
    throw e;
  }
  return [t, items];
}

// ---- ets:new ------------------------------------------------------------------------------------

function parseOptions(opts: Term, node: Node): TableOptions {
  const items = listToArray(opts);
  if (items === null) return badargAt(2, "not a list");
  const o: TableOptions = {
    kind: "set", protection: "protected", named: false, keypos: 1, heir: null,
    readConcurrency: false, writeConcurrency: false, writeConcurrencyAuto: false, decentralizedCounters: undefined,
    compressed: false,
  };
  const invalid = (): never => badargAt(2, "invalid options");
  for (const it of items) {
    if (it instanceof Atom) {
      switch (it.name) {
        case "set": case "ordered_set": case "bag": case "duplicate_bag": o.kind = it.name as TableKind; break;
        case "public": case "protected": case "private": o.protection = it.name as Protection; break;
        case "named_table": o.named = true; break;
        case "compressed": o.compressed = true; break;
        default: invalid();
      }
      continue;
    }
    if (!(it instanceof Tuple) || it.items.length < 2 || !(it.items[0] instanceof Atom)) return invalid();
    const [k, v, extra] = it.items;
    switch ((k as Atom).name) {
      case "keypos":
        if (typeof v !== "number" || v < 1) invalid();
        o.keypos = v as number;
        break;
      case "heir":
        if (v instanceof Atom && v.name === "none" && it.items.length === 2) o.heir = null;
        else if (v instanceof Pid && it.items.length === 3) {
          const heir = node.lookup(v);
          o.heir = heir ? { pid: heir, data: extra } : null;
        } else invalid();
        break;
      case "read_concurrency": o.readConcurrency = v === TRUE; break;
      case "write_concurrency":
        o.writeConcurrencyAuto = v instanceof Atom && v.name === "auto";
        o.writeConcurrency = v === TRUE || o.writeConcurrencyAuto;
        break;
      case "decentralized_counters": o.decentralizedCounters = v === TRUE; break;
      default: invalid();
    }
  }
  return o;
}

function etsNew([name, opts]: Term[], ctx: BifContext): Term {
  if (!(name instanceof Atom)) return badargAt(1, "not an atom");
  const s = tables(ctx);
  const o = parseOptions(opts, ctx.node as Node);
  if (o.named && s.byName.has(name)) return badargAt(1, "table name already exists", "already_exists");
  const id = (ctx.node as Node).makeRef() as Ref;
  const t = new EtsTable(id, name, ctx.process as Process, o);
  s.byId.set(id.id, t);
  if (o.named) s.byName.set(name, t);
  return tableRef(t);
}

// ---- reading ------------------------------------------------------------------------------------

function elementAt(obj: Tuple, pos: Term): Term {
  if (typeof pos !== "number" || pos < 1) return badargAt(3, "not a valid position");
  if (pos > obj.items.length) return badargAt(3, "position is greater than the size of the object");
  return obj.items[pos - 1];
}

function lookupElement([tab, key, pos]: Term[], ctx: BifContext): Term {
  const t = table(ctx, tab);
  const objs = t.lookup(key);
  if (objs.length === 0) return badargAt(2, NO_KEY, "badkey");
  if (t.kind === "set" || t.kind === "ordered_set") return elementAt(objs[0], pos);
  return list(objs.map((o) => elementAt(o, pos)));
}

function info(t: EtsTable, item: string, nodeName: Atom): Term | undefined {
  const concurrency = (flag: boolean) => (t.opts.protection === "private" ? FALSE : flag ? TRUE : FALSE);
  switch (item) {
    case "id": return t.id;
    case "decentralized_counters": return t.decentralized ? TRUE : FALSE;
    case "read_concurrency": return concurrency(t.opts.readConcurrency);
    case "write_concurrency":
      return t.opts.writeConcurrencyAuto && t.opts.protection !== "private" ? atom("auto") : concurrency(t.opts.writeConcurrency);
    case "compressed": return t.opts.compressed ? TRUE : FALSE;
    case "memory": return 300 + t.size * 8; // :erlang.memory(:ets) sums these (above)
    case "owner": return t.owner.pid;
    case "heir": return t.opts.heir && t.opts.heir.pid.status !== "exited" ? t.opts.heir.pid.pid : atom("none");
    case "name": return t.name;
    case "size": return t.size;
    case "node": return nodeName;
    case "named_table": return t.opts.named ? TRUE : FALSE;
    case "type": return atom(t.kind);
    case "keypos": return t.opts.keypos;
    case "protection": return atom(t.opts.protection);
  }
  return undefined;
}

const INFO_ITEMS = ["id", "decentralized_counters", "read_concurrency", "write_concurrency", "compressed", "memory",
  "owner", "heir", "name", "size", "node", "named_table", "type", "keypos", "protection"];

function findTable(ctx: BifContext, tab: Term): EtsTable | undefined {
  const s = tables(ctx);
  if (tab instanceof Atom) return s.byName.get(tab);
  if (tab instanceof Ref) return s.byId.get(tab.id);
  return badargAt(1, "not a table identifier");
}

// ---- match specifications -----------------------------------------------------------------------

export function spec(ms: Term): MatchClause[] {
  return compileMatchSpec(ms) ?? badargAt(2, "not a valid match specification");
}

/** results of a match spec over the objects, in the order given */
export function matchAll(objects: Tuple[], ms: Term, ctx: BifContext): Term[] {
  const clauses = spec(ms);
  const out: Term[] = [];
  for (const o of objects) {
    const r = runMatchSpec(clauses, o, ctx);
    if (r !== undefined) out.push(r);
  }
  return out;
}

function selectAll(t: EtsTable, ms: Term, ctx: BifContext): Term[] {
  return matchAll(t.selectOrder(), ms, ctx);
}

const CONTINUATION = atom("beamlet_ets_continuation");

/**
 * select/3 and match/3 return a chunk and a continuation holding the rest. An unordered table is
 * walked in first/next order, `limit` results a chunk, each chunk consed up (so reversed) as OTP
 * does; an ordered_set's chunks are in key order.
 */
export function chunked(t: EtsTable, results: Term[], limit: Term, fromEnd = false): Term {
  if (typeof limit !== "number" || limit < 1) return badargAt(3, "not a positive integer");
  if (results.length === 0) return END;
  if (t.kind === "ordered_set") return continueChunk(fromEnd ? results.reverse() : results, limit, false);
  return continueChunk(results, limit, true);
}

// (a full chunk comes with a continuation even when nothing is left, whose select/1 is then
// :"$end_of_table"; a chunk short of the limit ends the walk, as OTP 25's)
function continueChunk(results: Term[], limit: number, reversed: boolean): Term {
  const chunk = results.slice(0, limit), rest = results.slice(limit);
  const cont = chunk.length < limit ? END : tuple(CONTINUATION, list(rest), limit, reversed ? TRUE : FALSE);
  return tuple(list(reversed ? chunk.reverse() : chunk), cont);
}

export function selectContinue([cont]: Term[]): Term {
  if (cont === END) return END;
  if (cont instanceof Tuple && cont.items.length === 4 && cont.items[0] === CONTINUATION) {
    const rest = listToArray(cont.items[1]) ?? [];
    if (rest.length === 0) return END;
    return continueChunk(rest, cont.items[2] as number, cont.items[3] === TRUE);
  }
  return badargAt(1, "not a valid continuation");
}

// ---- counters and elements ----------------------------------------------------------------------

function updateOp(t: EtsTable, obj: Tuple, op: Term, items: Term[]): Term {
  let pos: Term, incr: Term, threshold: Term | undefined, setValue: Term | undefined;
  if (isInt(op)) [pos, incr] = [t.opts.keypos === 2 ? 1 : 2, op];
  else if (op instanceof Tuple && (op.items.length === 2 || op.items.length === 4)) [pos, incr, threshold, setValue] = op.items;
  else return badargAt(3, "not a valid update operation");
  if (typeof pos !== "number" || !isInt(incr)) return badargAt(3, "not a valid update operation");
  if (pos === t.opts.keypos) return badargAt(3, "the position is the same as the key position", "keypos");
  if (pos < 1 || pos > obj.items.length) return badargAt(3, "the position is greater than the size of the object");
  const old = items[pos - 1];
  if (!isInt(old)) return badargAt(3, "the value in the given position, in the object, is not an integer");
  let value = A.add(old, incr);
  if (threshold !== undefined) {
    if (!isInt(threshold) || !isInt(setValue)) return badargAt(3, "not a valid update operation");
    const over = compare(incr, 0) < 0 ? compare(value, threshold) < 0 : compare(value, threshold) > 0;
    if (over) value = setValue;
  }
  items[pos - 1] = value;
  return value;
}

function updateCounter([tab, key, ops, dflt]: Term[], ctx: BifContext): Term {
  const t = table(ctx, tab, "write");
  if (t.kind === "bag" || t.kind === "duplicate_bag") return badargAt(1, BAD_TYPE, "table_type");
  let obj = t.lookup(key)[0];
  if (!obj) {
    if (dflt === undefined) return badargAt(2, NO_KEY, "badkey");
    if (!(dflt instanceof Tuple) || dflt.items.length < t.opts.keypos) return badargAt(4, "not a tuple");
    const items = [...dflt.items];
    items[t.opts.keypos - 1] = key;
    obj = new Tuple(items);
    t.insert(obj);
  }
  const items = [...obj.items];
  const list_ = !(isInt(ops) || ops instanceof Tuple) ? listToArray(ops) : null;
  const result = list_ === null ? updateOp(t, obj, ops, items) : list(list_.map((op) => updateOp(t, obj, op, items)));
  t.replace(new Tuple(items));
  return result;
}

function updateElement([tab, key, changes]: Term[], ctx: BifContext): Term {
  const t = table(ctx, tab, "write");
  if (t.kind === "bag" || t.kind === "duplicate_bag") return badargAt(1, BAD_TYPE, "table_type");
  const ops = changes instanceof Tuple ? [changes] : listToArray(changes);
  if (ops === null) return badargAt(3, "not a valid update operation");
  const obj = t.lookup(key)[0];
  for (const op of ops) {
    if (!(op instanceof Tuple) || op.items.length !== 2 || typeof op.items[0] !== "number") return badargAt(3, "not a valid update operation");
    if (op.items[0] === t.opts.keypos) return badargAt(3, "the position is the same as the key position", "keypos");
    if (obj && (op.items[0] < 1 || op.items[0] > obj.items.length)) return badargAt(3, "out of range");
  }
  if (!obj) return FALSE;
  const items = [...obj.items];
  for (const op of ops as Tuple[]) items[(op.items[0] as number) - 1] = op.items[1];
  t.replace(new Tuple(items));
  return TRUE;
}

// ---- the BIFs -----------------------------------------------------------------------------------

defineBifs("ets", {
  "new/2": etsNew,
  "insert/2": ([tab, objs], ctx) => {
    const [t, items] = insertArgs(ctx, tab, objs);
    for (const o of inInsertOrder(t, items)) t.insert(o);
    return TRUE;
  },
  "insert_new/2": ([tab, objs], ctx) => {
    const [t, items] = insertArgs(ctx, tab, objs);
    if (items.some((o) => t.has(t.keyOf(o)))) return FALSE;
    for (const o of inInsertOrder(t, items)) t.insert(o);
    return TRUE;
  },
  "lookup/2": ([tab, key], ctx) => list(table(ctx, tab).lookup(key)),
  "lookup_element/3": lookupElement,
  "member/2": ([tab, key], ctx) => (table(ctx, tab).has(key) ? TRUE : FALSE),
  "delete/1": ([tab], ctx) => {
    tables(ctx).drop(table(ctx, tab, "owner"));
    return TRUE;
  },
  "delete/2": ([tab, key], ctx) => {
    table(ctx, tab, "write").deleteKey(key);
    return TRUE;
  },
  "delete_object/2": ([tab, obj], ctx) => {
    const t = table(ctx, tab, "write");
    if (!(obj instanceof Tuple) || obj.items.length < t.opts.keypos) return badargAt(2, "not a tuple");
    t.deleteObject(obj);
    return TRUE;
  },
  "delete_all_objects/1": ([tab], ctx) => {
    table(ctx, tab, "write").clear();
    return TRUE;
  },
  "update_counter/3": updateCounter,
  "update_counter/4": updateCounter,
  "update_element/3": updateElement,
  "tab2list/1": ([tab], ctx) => list(table(ctx, tab).selectOrder()),
  "match/2": ([tab, pattern], ctx) => {
    const out: Term[] = [];
    for (const o of table(ctx, tab).selectOrder()) {
      const r = matchBindings(pattern, o);
      if (r !== undefined) out.push(r);
    }
    return list(out);
  },
  "match/3": ([tab, pattern, limit], ctx) => {
    const t = table(ctx, tab);
    const out: Term[] = [];
    for (const o of t.objects()) {
      const r = matchBindings(pattern, o);
      if (r !== undefined) out.push(r);
    }
    return chunked(t, out, limit);
  },
  "match/1": selectContinue,
  "match_delete/2": ([tab, pattern], ctx) => {
    const t = table(ctx, tab, "write");
    for (const o of t.objects()) if (matchBindings(pattern, o) !== undefined) t.deleteObject(o);
    return TRUE;
  },
  "match_object/2": ([tab, pattern], ctx) => list(table(ctx, tab).selectOrder().filter((o) => matchBindings(pattern, o) !== undefined)),
  "select/2": ([tab, ms], ctx) => list(selectAll(table(ctx, tab), ms, ctx)),
  "select/3": ([tab, ms, limit], ctx) => {
    const t = table(ctx, tab);
    return chunked(t, matchAll(t.objects(), ms, ctx), limit);
  },
  "select/1": selectContinue,
  "select_reverse/2": ([tab, ms], ctx) => {
    // only an ordered_set's order reverses; the other kinds return what select/2 does
    const t = table(ctx, tab);
    const results = selectAll(t, ms, ctx);
    return list(t.kind === "ordered_set" ? results.reverse() : results);
  },
  "select_count/2": ([tab, ms], ctx) => selectAll(table(ctx, tab), ms, ctx).filter((r) => r === TRUE).length,
  "select_delete/2": ([tab, ms], ctx) => {
    const t = table(ctx, tab, "write");
    const clauses = spec(ms);
    let n = 0;
    for (const o of t.objects()) {
      if (runMatchSpec(clauses, o, ctx) === TRUE) {
        t.deleteObject(o);
        n++;
      }
    }
    return n;
  },
  "slot/2": ([tab, i], ctx) => {
    const t = table(ctx, tab);
    if (typeof i !== "number" || !Number.isInteger(i) || i < 0) return badargAt(2, "out of range");
    const r = t.slot(i);
    if (r === undefined) return badargAt(2, "out of range");
    return r === "end" ? END : list(r);
  },
  "first/1": ([tab], ctx) => table(ctx, tab).firstKey() ?? END,
  "last/1": ([tab], ctx) => {
    const t = table(ctx, tab);
    return (t.kind === "ordered_set" ? t.lastKey() : t.firstKey()) ?? END;
  },
  "next/2": ([tab, key], ctx) => {
    const k = table(ctx, tab).nextKey(key);
    return k === "missing" ? badargAt(2, NO_KEY, "badkey") : k ?? END;
  },
  "prev/2": ([tab, key], ctx) => {
    const t = table(ctx, tab);
    const k = t.kind === "ordered_set" ? t.prevKey(key) : t.nextKey(key);
    return k === "missing" ? badargAt(2, NO_KEY, "badkey") : k ?? END;
  },
  "info/1": ([tab], ctx) => {
    const t = findTable(ctx, tab);
    if (!t) return UNDEFINED;
    return list(INFO_ITEMS.map((i) => tuple(atom(i), info(t, i, (ctx.node as Node).name)!)));
  },
  "info/2": ([tab, item], ctx) => {
    const t = findTable(ctx, tab);
    if (!(item instanceof Atom)) return badargAt(2, "not a valid info item");
    if (!t) return UNDEFINED;
    return info(t, item.name, (ctx.node as Node).name) ?? badargAt(2, "not a valid info item");
  },
  "whereis/1": ([name], ctx) => {
    if (!(name instanceof Atom)) return badargAt(1, "not an atom");
    return tables(ctx).byName.get(name)?.id ?? UNDEFINED;
  },
  "all/0": (_, ctx) => list([...tables(ctx).byId.values()].map(tableRef)),
  "rename/2": ([tab, name], ctx) => {
    const t = table(ctx, tab, "owner");
    if (!(name instanceof Atom)) return badargAt(2, "not an atom");
    const s = tables(ctx);
    // an unnamed table only takes the new name (info(T, :name)) and answers its id, as OTP does
    if (!t.opts.named) {
      t.name = name;
      return t.id;
    }
    if (s.byName.has(name)) return badargAt(2, "table name already exists", "already_exists");
    s.byName.delete(t.name);
    t.name = name;
    s.byName.set(name, t);
    return name;
  },
  "give_away/3": ([tab, pid, data], ctx) => {
    const t = table(ctx, tab, "owner");
    const node = ctx.node as Node;
    const to = pid instanceof Pid ? node.lookup(pid) : undefined;
    if (!to) return badargAt(2, "not a living local process");
    if (to === ctx.process) return badargAt(2, "the process is already the owner of the table", "owner");
    t.owner = to;
    node.send(to, tuple(TRANSFER, tableRef(t), (ctx.process as Process).pid, data));
    return TRUE;
  },
  "setopts/2": ([tab, opts], ctx) => {
    const t = table(ctx, tab, "owner");
    const items = opts instanceof Tuple ? [opts] : listToArray(opts) ?? [];
    for (const o of items) {
      if (!(o instanceof Tuple) || o.items[0] !== atom("heir")) return badargAt(2, "invalid options");
      const [, who, data] = o.items;
      if (who instanceof Atom && who.name === "none") t.opts.heir = null;
      else {
        const heir = who instanceof Pid ? (ctx.node as Node).lookup(who) : undefined;
        if (!heir) return badargAt(2, "invalid options");
        t.opts.heir = { pid: heir, data };
      }
    }
    return TRUE;
  },
  // (see ets_more.ts: match_spec_compile/1 makes the compiled ones)
  "is_compiled_ms/1": ([t], ctx) => (t instanceof Ref && compiledSpec(ctx, t) !== undefined ? TRUE : FALSE),
});

// ---- compiled match specifications: a reference the node maps to the clauses ------------------

const compiledSpecs = new WeakMap<object, Map<number, MatchClause[]>>();

export function compileSpecRef(ctx: BifContext, clauses: MatchClause[]): Ref {
  const node = ctx.node as Node;
  const ref = node.makeRef();
  let m = compiledSpecs.get(node);
  if (!m) compiledSpecs.set(node, (m = new Map()));
  m.set(ref.id, clauses);
  return ref;
}

export function compiledSpec(ctx: BifContext, ref: Ref): MatchClause[] | undefined {
  return compiledSpecs.get(ctx.node as Node)?.get(ref.id);
}
