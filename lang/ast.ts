// The AST is Elixir's own quoted form (what `Code.string_to_quoted(src, columns: true)` returns in
// Elixir 1.14), written as TS objects. Using Elixir's form means the parser has an exact external
// reference (test/lang compares against real Elixir) and the compiler handles the forms Elixir's
// compiler handles. Mapping:
//
//   {name, meta, args}       -> { t: "call", name, meta, args }   (args null for a variable)
//   {{:., m, [M, :f]}, m, a} -> { t: "call", name: <the "." call>, meta, args }
//   integer                  -> { t: "int", v: bigint }
//   float                    -> { t: "float", v: number }
//   atom (incl. true/false/nil, Elixir.Foo) -> { t: "atom", v: "name" }
//   binary "..."             -> { t: "str", v: "..." }
//   list [a, b]              -> { t: "list", items }   (charlists 'ab' are lists of ints)
//   tuple {a, b} and {:{}, m, items} -> { t: "tuple", items, meta? }   (one form for every size)
//
// meta holds line and column (1-based) where Elixir has them, and no_parens where Elixir sets it
// (only `no_parens: true` is kept; other meta keys are dropped).

export interface Meta {
  line?: number;
  column?: number;
  /** `a.b` without parentheses: map field access or a zero-arity call, decided at run time */
  no_parens?: boolean;
  /** `f -1`: a name, a space, then an unspaced unary - or + as its only argument (Elixir's
   *  `ambiguous_op: nil`); a variable of that name makes the call a CompileError */
  ambiguous_op?: boolean;
  /** a sigil's opening delimiter ("(", "/", "\"\"\"" ...), kept in its meta as Elixir does */
  delimiter?: string;
  /** a sigil heredoc's body: the closing line's indentation (Elixir's `indentation:` meta) */
  indentation?: number;
  /** a variable made by `quote`: its context (the quoting module), part of its identity (hygiene) */
  context?: string;
  /** an alias made by `quote`: the module it named where it was quoted (false: none) */
  alias?: string | false;
  /** an alias, or an alias/import/require directive, from a macro's expansion: the expansion's
   *  counter (an alias defined there is seen by the aliases of that same expansion) */
  counter?: number;
  /** `keep: {file, line}` (quote location: :keep): the file the macro's code was written in */
  keepFile?: string;
  /** and its line: the line of the node in a definition's code (see keptLines in compiler/quoted.ts) */
  keepLine?: number;
  /** the whole meta keyword list of a node that came from a quoted term (a macro's result),
   *  so that handing it to another macro gives back exactly what Elixir would */
  quoted?: unknown;
  /** a try made from a definition's own rescue/catch/after (`def f do ... rescue ... end`): the
   *  definition's form ("def", "defp", "defmacro", "defmacrop"), which Elixir names in its errors */
  tryOf?: string;
  /** the library's `__at_line__(N, receive ...)`: the line its wait stands at (an Erlang receive's) */
  waitLine?: number;
}

export type Ast = AstCall | AstInt | AstFloat | AstAtom | AstStr | AstList | AstTuple;

export interface AstCall {
  t: "call";
  name: string | Ast;
  meta: Meta;
  args: Ast[] | null;
}
export interface AstInt { t: "int"; v: bigint }
export interface AstFloat { t: "float"; v: number }
export interface AstAtom { t: "atom"; v: string }
export interface AstStr { t: "str"; v: string }
export interface AstList { t: "list"; items: Ast[] }
export interface AstTuple { t: "tuple"; items: Ast[]; meta?: Meta }

/** JSON form (as written by scripts/quoted_json.exs): ints carry their digits as a string. */
export function astFromJson(j: any): Ast {
  switch (j.t) {
    case "int": return { t: "int", v: BigInt(j.v) };
    case "float": return { t: "float", v: j.v };
    case "atom": return { t: "atom", v: j.v };
    case "str": return { t: "str", v: j.v };
    case "list": return { t: "list", items: j.items.map(astFromJson) };
    case "tuple": return j.meta ? { t: "tuple", items: j.items.map(astFromJson), meta: j.meta } : { t: "tuple", items: j.items.map(astFromJson) };
    case "call":
      return {
        t: "call",
        name: typeof j.name === "string" ? j.name : astFromJson(j.name),
        meta: j.meta,
        args: j.args === null ? null : j.args.map(astFromJson),
      };
  }
  throw new Error("bad AST json: " + JSON.stringify(j).slice(0, 100));
}

/** The JSON form of an AST: the inverse of astFromJson, used to compare parsers in tests. */
export function astToJson(a: Ast): any {
  switch (a.t) {
    case "int": return { t: "int", v: a.v.toString() };
    case "list": return { t: "list", items: a.items.map(astToJson) };
    case "tuple": return a.meta ? { t: "tuple", items: a.items.map(astToJson), meta: a.meta } : { t: "tuple", items: a.items.map(astToJson) };
    case "call":
      return { t: "call", name: typeof a.name === "string" ? a.name : astToJson(a.name), meta: a.meta, args: a.args === null ? null : a.args.map(astToJson) };
    default: return a;
  }
}
